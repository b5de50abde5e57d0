<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AltPortsCheck</name>
    <message>
        <source>Does Remote Desktop answer on another port?</source>
        <translation>远程桌面是否在其他端口上响应？</translation>
    </message>
    <message>
        <source>Not needed: the Remote Desktop port you entered is open.</source>
        <translation>无需检查：您输入的远程桌面端口是通的。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>Remote Desktop answers on port %1 instead.</source>
        <translation>远程桌面改在端口 %1 上响应。</translation>
    </message>
    <message>
        <source>No other usual port answers as Remote Desktop; port %1 is open but runs something else.</source>
        <translation>其他常用端口上都没有远程桌面响应；端口 %1 是开放的，但运行的是其他服务。</translation>
    </message>
    <message>
        <source>None of the usual alternative ports (%1) answers.</source>
        <translation>常用的备用端口（%1）都没有响应。</translation>
    </message>
    <message>
        <source>Remote Desktop was most likely moved to another port. Connect to the address followed by a colon and that port (for example 203.0.113.10:%1), and make sure the security group allows that port from your address (step 3).</source>
        <translation>远程桌面很可能被改到了其他端口。请在地址后加英文冒号和该端口进行连接（例如 203.0.113.10:%1），并确认安全组已对您的地址放行该端口（第 3 步）。</translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <source>The server&apos;s stored Remote Desktop port is not a valid port number.</source>
        <translation>服务器上保存的远程桌面端口不是有效的端口号。</translation>
    </message>
    <message>
        <source>Set PortNumber in both Terminal Server registry keys to a valid free port (for example 3389), allow it in the security group, and restart (step 3).</source>
        <translation>将两个 Terminal Server 注册表项中的 PortNumber 都设为一个有效且未被占用的端口（例如 3389），在安全组中放行该端口，然后重启（第 3 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop on the server uses a different port from the one you connect to.</source>
        <translation>服务器上远程桌面使用的端口与您连接的端口不一致。</translation>
    </message>
    <message>
        <source>Connect to the port the server really uses, or set both PortNumber values back, and allow that port in the security group (step 3).</source>
        <translation>请连接服务器实际使用的端口，或者把两处 PortNumber 值都改回来，并在安全组中放行该端口（第 3 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop is switched off on the server.</source>
        <translation>服务器上的远程桌面已关闭。</translation>
    </message>
    <message>
        <source>Through the cloud console, allow remote connections in System Properties, or fix the policy that switches them off (step 4).</source>
        <translation>通过云控制台，在系统属性中允许远程连接，或修正关闭远程连接的策略（第 4 步）。</translation>
    </message>
    <message>
        <source>The Remote Desktop service on the server is stopped or disabled.</source>
        <translation>服务器上的远程桌面服务已停止或被禁用。</translation>
    </message>
    <message>
        <source>Through the cloud console, set the Remote Desktop Services service to start and start it (step 4).</source>
        <translation>通过云控制台，将远程桌面服务（Remote Desktop Services）设为自动启动并启动它（第 4 步）。</translation>
    </message>
    <message>
        <source>Services Remote Desktop needs were switched off on the server.</source>
        <translation>服务器上远程桌面依赖的服务被关闭了。</translation>
    </message>
    <message>
        <source>Run msconfig through the cloud console, choose Normal startup, and restart (step 4).</source>
        <translation>通过云控制台运行 msconfig，选择“正常启动”，然后重启（第 4 步）。</translation>
    </message>
    <message>
        <source>The RDP-Tcp connection on the server is disabled.</source>
        <translation>服务器上的 RDP-Tcp 连接已被禁用。</translation>
    </message>
    <message>
        <source>Enable the RDP-Tcp connection through the cloud console (step 9).</source>
        <translation>通过云控制台启用 RDP-Tcp 连接（第 9 步）。</translation>
    </message>
    <message>
        <source>Windows Firewall on the server does not let Remote Desktop in.</source>
        <translation>服务器上的 Windows 防火墙没有放行远程桌面。</translation>
    </message>
    <message>
        <source>Enable the Remote Desktop inbound rule, or add one for the changed port, and remove block rules (step 7).</source>
        <translation>启用远程桌面入方向规则，或为修改后的端口新建一条规则，并删除阻止规则（第 7 步）。</translation>
    </message>
    <message>
        <source>An IP security policy on the server drops Remote Desktop traffic.</source>
        <translation>服务器上的 IP 安全策略丢弃了远程桌面流量。</translation>
    </message>
    <message>
        <source>Un-assign or delete the IP security policy, or allow the Remote Desktop port in it (step 8).</source>
        <translation>取消分配或删除该 IP 安全策略，或在策略中放行远程桌面端口（第 8 步）。</translation>
    </message>
    <message>
        <source>The server allows Remote Desktop, but the traffic is dropped before it arrives: the security group or a network ACL blocks it.</source>
        <translation>服务器允许远程桌面，但流量在到达之前就被丢弃了：安全组或网络 ACL 拦截了它。</translation>
    </message>
    <message>
        <source>Add an inbound security-group rule for TCP on the Remote Desktop port from your public IP address, and check any network ACL (step 3).</source>
        <translation>在安全组中添加入方向规则，对您的公网 IP 地址放行远程桌面端口（TCP），并检查网络 ACL（第 3 步）。</translation>
    </message>
    <message>
        <source>The RDP-Tcp security settings on the server hold invalid values.</source>
        <translation>服务器上 RDP-Tcp 的安全设置包含无效值。</translation>
    </message>
    <message>
        <source>Correct SecurityLayer, UserAuthentication and MinEncryptionLevel and restart the Remote Desktop service (step 9).</source>
        <translation>修正 SecurityLayer、UserAuthentication 和 MinEncryptionLevel，然后重启远程桌面服务（第 9 步）。</translation>
    </message>
    <message>
        <source>The server&apos;s Remote Desktop certificate is expired, missing, or has no private key.</source>
        <translation>服务器的远程桌面证书已过期、缺失或没有私钥。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing on the server has run out.</source>
        <translation>服务器的远程桌面授权已到期。</translation>
    </message>
    <message>
        <source>Connect with mstsc /admin, then configure a licence server or remove the Session Host role (step 9).</source>
        <translation>使用 mstsc /admin 连接，然后配置许可证服务器，或删除远程桌面会话主机角色（第 9 步）。</translation>
    </message>
    <message>
        <source>Your account is not allowed to log on through Remote Desktop.</source>
        <translation>您的账户不允许通过远程桌面登录。</translation>
    </message>
    <message>
        <source>Add the account to Remote Desktop Users, or use an administrator account (step 9).</source>
        <translation>将该账户加入 Remote Desktop Users 组（远程桌面用户组），或使用管理员账户（第 9 步）。</translation>
    </message>
    <message>
        <source>A policy denies Remote Desktop logons to your account.</source>
        <translation>有策略禁止您的账户通过远程桌面登录。</translation>
    </message>
    <message>
        <source>Remove the account or group from &quot;Deny log on through Remote Desktop Services&quot; (step 9).</source>
        <translation>将该账户或组从“拒绝通过远程桌面服务登录”中移除（第 9 步）。</translation>
    </message>
    <message>
        <source>Your Windows account is disabled, locked out, or its password has expired.</source>
        <translation>您的 Windows 账户已被禁用、已锁定，或密码已过期。</translation>
    </message>
    <message>
        <source>Fix the account through the cloud console: enable or unlock it, or set a new password (step 2).</source>
        <translation>通过云控制台修复账户：启用或解锁账户，或设置新密码（第 2 步）。</translation>
    </message>
    <message>
        <source>A password reset from the cloud console has probably not been applied yet.</source>
        <translation>在云控制台重置的密码可能还没有生效。</translation>
    </message>
    <message>
        <source>Restart the instance from the cloud console, then log on with the new password (step 2).</source>
        <translation>在云控制台重启实例，然后使用新密码登录（第 2 步）。</translation>
    </message>
    <message>
        <source>The server&apos;s CPU is overloaded.</source>
        <translation>服务器 CPU 负载过高。</translation>
    </message>
    <message>
        <source>Wait for Windows Update to finish, stop the busy program, or choose a larger instance type (step 6).</source>
        <translation>等待 Windows 更新完成，停止占用资源的程序，或升级到更高配置的实例规格（第 6 步）。</translation>
    </message>
    <message>
        <source>The server is short of memory.</source>
        <translation>服务器内存不足。</translation>
    </message>
    <message>
        <source>Free memory, enlarge the page file, or choose an instance type with more memory (step 6).</source>
        <translation>释放内存、增大页面文件（虚拟内存），或更换内存更大的实例规格（第 6 步）。</translation>
    </message>
    <message>
        <source>Security software on the server may block Remote Desktop.</source>
        <translation>服务器上的安全软件可能拦截了远程桌面。</translation>
    </message>
    <message>
        <source>Check its blacklist and firewall for your IP address, update it, or remove it to test (step 10).</source>
        <translation>检查其黑名单和防火墙中是否有您的 IP 地址，更新该软件，或暂时卸载它进行测试（第 10 步）。</translation>
    </message>
    <message>
        <source>The server answers on the Remote Desktop port.</source>
        <translation>服务器在远程桌面端口上有响应。</translation>
    </message>
    <message>
        <source>Remote Desktop answers. If you still cannot log in, look at the password and account (step 2) and at the server&apos;s Remote Desktop settings and permissions (step 9).</source>
        <translation>远程桌面有响应。如果仍然无法登录，请检查密码和账户（第 2 步），以及服务器的远程桌面设置和权限（第 9 步）。</translation>
    </message>
    <message>
        <source>The address or port you entered cannot work.</source>
        <translation>您输入的地址或端口无效。</translation>
    </message>
    <message>
        <source>Correct the address or port and run the diagnosis again.</source>
        <translation>请更正地址或端口，然后重新诊断。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be resolved to an address.</source>
        <translation>无法将服务器名称解析为地址。</translation>
    </message>
    <message>
        <source>Use the server&apos;s public IP address from the cloud console, or fix the DNS name.</source>
        <translation>请使用云控制台中显示的服务器公网 IP 地址，或修正 DNS 名称。</translation>
    </message>
    <message>
        <source>The network says the server cannot be reached.</source>
        <translation>网络报告服务器不可达。</translation>
    </message>
    <message>
        <source>Check in the cloud console that the instance is running and has a public IP address (step 1).</source>
        <translation>请在云控制台确认实例正在运行，并且有公网 IP 地址（第 1 步）。</translation>
    </message>
    <message>
        <source>Nothing on the server accepts connections on the Remote Desktop port.</source>
        <translation>服务器上没有任何程序在远程桌面端口上接受连接。</translation>
    </message>
    <message>
        <source>Check whether the port was changed (step 3), and that Remote Desktop is switched on (step 4).</source>
        <translation>检查端口是否被修改过（第 3 步），以及远程桌面是否已开启（第 4 步）。</translation>
    </message>
    <message>
        <source>Connections to the Remote Desktop port are silently dropped on the way.</source>
        <translation>到远程桌面端口的连接在途中被悄悄丢弃了。</translation>
    </message>
    <message>
        <source>Allow the port from your IP address in the security group (step 3), then check Windows Firewall (step 7).</source>
        <translation>在安全组中对您的 IP 地址放行该端口（第 3 步），再检查 Windows 防火墙（第 7 步）。</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>本机没有连接到网络。</translation>
    </message>
    <message>
        <source>Connect to a network (cable or Wi-Fi), check that web pages open, then run the diagnosis again.</source>
        <translation>请连接网络（网线或 Wi-Fi），确认能打开网页，然后重新诊断。</translation>
    </message>
    <message>
        <source>Packets are lost on the way to the server.</source>
        <translation>到服务器的途中出现丢包。</translation>
    </message>
    <message>
        <source>Try from another network, such as a phone hotspot, to see whether the loss is near you or near the server (step 5).</source>
        <translation>换一个网络（例如手机热点）试试，判断丢包发生在您这边还是服务器那边（第 5 步）。</translation>
    </message>
    <message>
        <source>The connection to the server is slow.</source>
        <translation>到服务器的连接很慢。</translation>
    </message>
    <message>
        <source>Choose a server region closer to you, or lower the display quality in the Remote Desktop client (step 5).</source>
        <translation>选择离您更近的服务器地域，或在远程桌面客户端中降低显示质量（第 5 步）。</translation>
    </message>
    <message>
        <source>The traffic stops somewhere on the way and never reaches the server.</source>
        <translation>流量在途中某处中断，始终没有到达服务器。</translation>
    </message>
    <message>
        <source>Look at where the route stops: near you, try another network; near the server, check the security group (step 3) and that the instance is running (step 1).</source>
        <translation>看路由在哪里中断：如果靠近您，请换一个网络试试；如果靠近服务器，请检查安全组（第 3 步）并确认实例正在运行（第 1 步）。</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port.</source>
        <translation>在这个端口上响应的不是远程桌面，而是其他程序。</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop really uses on the server and connect to that one; if you forward ports, check where the forwarding leads (step 3).</source>
        <translation>确认服务器上远程桌面实际使用的端口，并连接该端口；如果您设置了端口转发，请检查转发到了哪里（第 3 步）。</translation>
    </message>
    <message>
        <source>The server accepts the connection but drops it before Remote Desktop answers.</source>
        <translation>服务器接受了连接，但在远程桌面响应之前就断开了。</translation>
    </message>
    <message>
        <source>Check that the RDP-Tcp listener is enabled (step 9) and that no security software on the server blocks Remote Desktop (step 10).</source>
        <translation>确认 RDP-Tcp 监听已启用（第 9 步），并且服务器上没有安全软件拦截远程桌面（第 10 步）。</translation>
    </message>
    <message>
        <source>The port is open, but Remote Desktop does not answer.</source>
        <translation>端口是开放的，但远程桌面没有响应。</translation>
    </message>
    <message>
        <source>Log in through the cloud console and restart the Remote Desktop service (step 4); check whether the server is overloaded (step 6).</source>
        <translation>通过云控制台登录并重启远程桌面服务（第 4 步）；检查服务器是否负载过高（第 6 步）。</translation>
    </message>
    <message>
        <source>The server&apos;s Remote Desktop certificate is missing or damaged.</source>
        <translation>服务器的远程桌面证书缺失或已损坏。</translation>
    </message>
    <message>
        <source>The server only accepts connections protected by TLS.</source>
        <translation>服务器只接受受 TLS 保护的连接。</translation>
    </message>
    <message>
        <source>Leave the security setting of your Remote Desktop client at its default; if TLS fails, check the server&apos;s certificate (step 9).</source>
        <translation>请保持远程桌面客户端的安全设置为默认值；如果 TLS 失败，请检查服务器的证书（第 9 步）。</translation>
    </message>
    <message>
        <source>The server only offers the old RDP security, without TLS.</source>
        <translation>服务器只提供旧式 RDP 安全，不支持 TLS。</translation>
    </message>
    <message>
        <source>On the server, set the RDP-Tcp security layer to &quot;Negotiate&quot; (step 9), or allow RDP security in your client.</source>
        <translation>在服务器上将 RDP-Tcp 的安全层设为“协商”（第 9 步），或在客户端中允许 RDP 安全。</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA).</source>
        <translation>服务器要求网络级别身份验证（NLA）。</translation>
    </message>
    <message>
        <source>Use a current Remote Desktop client and check the password (step 2); if it still fails, turn off the NLA requirement from the cloud console (step 9).</source>
        <translation>使用较新版本的远程桌面客户端并检查密码（第 2 步）；如果仍然失败，请通过云控制台关闭 NLA 要求（第 9 步）。</translation>
    </message>
    <message>
        <source>The server demands a client certificate that normal clients do not have.</source>
        <translation>服务器要求客户端证书，而普通客户端没有这种证书。</translation>
    </message>
    <message>
        <source>On the server, set the RDP-Tcp security layer back to &quot;Negotiate&quot; (step 9).</source>
        <translation>在服务器上将 RDP-Tcp 的安全层改回“协商”（第 9 步）。</translation>
    </message>
    <message>
        <source>The server is an old Remote Desktop server that does not negotiate security.</source>
        <translation>服务器是不支持安全协商的旧版远程桌面服务器。</translation>
    </message>
    <message>
        <source>Allow RDP security in your client, or upgrade the server (step 9).</source>
        <translation>在客户端中允许 RDP 安全，或升级服务器（第 9 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop answers on a different port than the one you entered.</source>
        <translation>远程桌面在另一个端口上响应，而不是您输入的端口。</translation>
    </message>
    <message>
        <source>Connect to the address with that port (address:port), and allow that port in the security group (step 3).</source>
        <translation>使用该端口连接（地址:端口），并在安全组中放行该端口（第 3 步）。</translation>
    </message>
    <message>
        <source>The server chooses an encrypted (TLS) connection, but its TLS layer does not work.</source>
        <translation>服务器选择了加密（TLS）连接，但其 TLS 层无法正常工作。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired (or is not valid yet).</source>
        <translation>服务器的证书已过期（或尚未生效）。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time. If they are right, renew the server&apos;s Remote Desktop certificate (step 9). Most clients still connect after a warning.</source>
        <translation>请检查本机的日期和时间。如果没有问题，请更新服务器的远程桌面证书（第 9 步）。大多数客户端在显示警告后仍可连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate uses a short key or an outdated signature.</source>
        <translation>服务器的证书密钥太短或签名算法过时。</translation>
    </message>
    <message>
        <source>Replace the certificate with one that has a 2048-bit key and a SHA-256 signature (step 9); newer clients may refuse the old one.</source>
        <translation>请更换为 2048 位密钥、SHA-256 签名的证书（第 9 步）；较新的客户端可能会拒绝旧证书。</translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s clock differ by more than five minutes.</source>
        <translation>服务器与本机的时钟相差超过五分钟。</translation>
    </message>
    <message>
        <source>Correct whichever clock is wrong: first check this computer&apos;s date, time and time zone, then let the server synchronise its time. Domain logons fail until then.</source>
        <translation>请更正时间不对的一方：先检查本机的日期、时间和时区，再让服务器同步时间。在此之前，域登录会一直失败。</translation>
    </message>
    <message>
        <source>The automatic checks found no clear cause.</source>
        <translation>自动检查没有找到明确的原因。</translation>
    </message>
    <message>
        <source>Work through the steps in order; the manual checks on each page will narrow it down.</source>
        <translation>请按顺序完成各个步骤；每个页面上的手动检查项会帮您逐步缩小范围。</translation>
    </message>
    <message>
        <source>The server has no Remote Desktop license to give out.</source>
        <translation>服务器没有可分配的远程桌面许可证。</translation>
    </message>
    <message>
        <source>Connect with &quot;mstsc /admin&quot;, then remove the Remote Desktop Session Host role or set up licensing (step 9).</source>
        <translation>请用“mstsc /admin”连接，然后删除远程桌面会话主机角色，或配置授权（第 9 步）。</translation>
    </message>
    <message>
        <source>Through the cloud console, add the account to the Remote Desktop Users group, or check the &quot;Allow log on through Remote Desktop Services&quot; policy (step 9).</source>
        <translation>请通过云控制台将该账户加入 Remote Desktop Users 组（远程桌面用户组），或检查“允许通过远程桌面服务登录”策略（第 9 步）。</translation>
    </message>
    <message>
        <source>Your computer and the server have different CredSSP security updates.</source>
        <translation>本机与服务器安装的 CredSSP 安全更新不一致。</translation>
    </message>
    <message>
        <source>A policy on your computer refuses to hand your saved password to this server.</source>
        <translation>本机的某项策略禁止将您保存的密码提供给此服务器。</translation>
    </message>
    <message>
        <source>Type the password instead of using the saved one, or adjust the credential delegation policy on your computer (step 9).</source>
        <translation>请手动输入密码，不要使用保存的密码；或者调整本机的凭据分配策略（第 9 步）。</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords.</source>
        <translation>密码输错次数过多，账户已锁定。</translation>
    </message>
    <message>
        <source>Unlock the account through the cloud console, and limit the security group to your own IP address so nobody else can guess passwords (steps 2 and 3).</source>
        <translation>请通过云控制台解锁账户，并在安全组中只允许您自己的 IP 地址访问，防止他人猜测密码（第 2 步和第 3 步）。</translation>
    </message>
    <message>
        <source>The account is disabled or has expired.</source>
        <translation>账户已被禁用或已过期。</translation>
    </message>
    <message>
        <source>Enable or extend the account through the cloud console&apos;s remote connection (step 2).</source>
        <translation>请通过云控制台的远程连接启用该账户或延长其有效期（第 2 步）。</translation>
    </message>
    <message>
        <source>A policy stops this account from logging on remotely (often an empty password).</source>
        <translation>某项策略禁止该账户远程登录（通常是因为密码为空）。</translation>
    </message>
    <message>
        <source>Give the account a password through the cloud console, then restart (step 2).</source>
        <translation>请通过云控制台为该账户设置密码，然后重启（第 2 步）。</translation>
    </message>
    <message>
        <source>The password has expired or must be changed.</source>
        <translation>密码已过期或必须修改。</translation>
    </message>
    <message>
        <source>Change the password through the cloud console, or turn Network Level Authentication off for a moment so the client can change it (steps 2 and 9).</source>
        <translation>请通过云控制台修改密码，或暂时关闭网络级别身份验证（NLA），让客户端可以修改密码（第 2 步和第 9 步）。</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Check the user name and password; after resetting the password in the console, restart the instance (step 2).</source>
        <translation>请检查用户名和密码；在控制台重置密码后，需要重启实例（第 2 步）。</translation>
    </message>
    <message>
        <source>The server does not accept saved passwords.</source>
        <translation>服务器不接受保存的密码。</translation>
    </message>
    <message>
        <source>Delete the saved credentials in the client and type the password (step 2).</source>
        <translation>请删除客户端中保存的凭据，然后手动输入密码（第 2 步）。</translation>
    </message>
    <message>
        <source>Nobody could check the account: the domain in the user name is wrong or unreachable.</source>
        <translation>无法验证该账户：用户名中的域不正确或无法访问。</translation>
    </message>
    <message>
        <source>Log on as COMPUTER\user with a local account, or turn Network Level Authentication off temporarily (steps 2 and 9).</source>
        <translation>请使用本地账户，以“计算机名\用户名”的格式登录，或暂时关闭网络级别身份验证（NLA）（第 2 步和第 9 步）。</translation>
    </message>
    <message>
        <source>Client and server could not agree on how to secure the connection.</source>
        <translation>客户端与服务器无法就连接的安全方式达成一致。</translation>
    </message>
    <message>
        <source>Check the security layer and encryption level of RDP-Tcp on the server (step 9).</source>
        <translation>请检查服务器上 RDP-Tcp 的安全层和加密级别（第 9 步）。</translation>
    </message>
    <message>
        <source>All allowed Remote Desktop sessions are in use.</source>
        <translation>允许的远程桌面会话已全部被占用。</translation>
    </message>
    <message>
        <source>Log off the other session through the console, or connect with &quot;mstsc /admin&quot; (step 9).</source>
        <translation>请通过控制台注销其他会话，或用“mstsc /admin”连接（第 9 步）。</translation>
    </message>
    <message>
        <source>The server is too busy or short of memory to accept the session.</source>
        <translation>服务器太忙或内存不足，无法接受会话。</translation>
    </message>
    <message>
        <source>Check CPU and memory in the console (step 6); if the service stays busy, restart the server (step 11).</source>
        <translation>请在控制台查看 CPU 和内存（第 6 步）；如果服务一直繁忙，请重启服务器（第 11 步）。</translation>
    </message>
    <message>
        <source>You are connecting to your own computer, not to the server.</source>
        <translation>您连接的是自己的电脑，而不是服务器。</translation>
    </message>
    <message>
        <source>Use the server&apos;s public IP address from the cloud console (step 3).</source>
        <translation>请使用云控制台中显示的服务器公网 IP 地址（第 3 步）。</translation>
    </message>
    <message>
        <source>The server has been crashing or restarting unexpectedly.</source>
        <translation>服务器一直在崩溃或意外重启。</translation>
    </message>
    <message>
        <source>Watch the server&apos;s screen through the cloud console&apos;s remote connection (step 1). On a blue screen or a restart loop, undo the last change or update, restore a snapshot, or contact the cloud provider.</source>
        <translation>通过云控制台的远程连接查看服务器屏幕（第 1 步）。如果出现蓝屏或反复重启，请撤销最近的更改或更新、用快照恢复，或联系云服务商。</translation>
    </message>
    <message>
        <source>A change on the server, such as a new Remote Desktop port, waits for a restart.</source>
        <translation>服务器上的某项更改（例如新的远程桌面端口）要重启后才生效。</translation>
    </message>
    <message>
        <source>Take a snapshot first, then restart the instance from the cloud console (step 11).</source>
        <translation>请先创建快照，再从云控制台重启实例（第 11 步）。</translation>
    </message>
    <message>
        <source>The two PortNumber values on the server disagree.</source>
        <translation>服务器上的两个 PortNumber 值不一致。</translation>
    </message>
    <message>
        <source>Windows listens on the port stored under WinStations\RDP-Tcp. Set PortNumber under Wds\rdpwd\Tds\tcp to the same value (or both to the port you want), allow that port in the security group and Windows Firewall, and restart (step 3).</source>
        <translation>Windows 监听的是 WinStations\RDP-Tcp 下保存的端口。请把 Wds\rdpwd\Tds\tcp 下的 PortNumber 改成相同的值（或者把两处都改成你想用的端口），在安全组和 Windows 防火墙中放行该端口，然后重启（第 3 步）。</translation>
    </message>
    <message>
        <source>Let Windows create a new certificate: delete the old one in certlm.msc → Remote Desktop → Certificates and restart the Remote Desktop service (step 9). Switching to the RDP security layer is only a stopgap that gives up server authentication and needs NLA off too.</source>
        <translation>让 Windows 重新生成证书：在 certlm.msc → 远程桌面 → 证书 中删除旧证书，然后重启远程桌面服务（第 9 步）。改用 RDP 安全层只是权宜之计：它放弃了服务器身份验证，而且还需要关闭 NLA。</translation>
    </message>
    <message>
        <source>Install the latest Windows updates on the server through the console. Only as a stopgap: set &quot;Encryption Oracle Remediation&quot; to Vulnerable on your computer, connect, update the server, then switch the policy back to Mitigated (step 9).</source>
        <translation>通过控制台给服务器安装最新的 Windows 更新。仅作为权宜之计：在你的电脑上把“加密 Oracle 修正”设为“易受攻击”，连上服务器并安装更新，然后把该策略改回“已缓解”（第 9 步）。</translation>
    </message>
    <message>
        <source>Have Windows create a new certificate: through the cloud console delete the old one (certlm.msc → Remote Desktop → Certificates) and restart the Remote Desktop service (step 9). Setting the security layer to &quot;RDP Security Layer&quot; is only a stopgap: it gives up server authentication, needs NLA off too, and must be undone afterwards.</source>
        <translation>让 Windows 重新生成证书：通过云控制台删除旧证书（certlm.msc → 远程桌面 → 证书），然后重启远程桌面服务（第 9 步）。把安全层设为“RDP 安全层”只是权宜之计：它放弃了服务器身份验证，还需要关闭 NLA，事后必须改回来。</translation>
    </message>
    <message>
        <source>The server&apos;s Remote Desktop certificate is most likely damaged or unusable. In the cloud console, delete it so Windows creates a new one and restart the Remote Desktop service (step 9). The &quot;RDP Security Layer&quot; stopgap gives up server authentication and needs NLA off too: undo it once the certificate is back.</source>
        <translation>服务器的远程桌面证书很可能已损坏或无法使用。请在云控制台中删除它，让 Windows 生成新证书，并重启远程桌面服务（第 9 步）。“RDP 安全层”这一权宜之计会放弃服务器身份验证，还需要关闭 NLA：证书恢复后请撤销。</translation>
    </message>
    <message>
        <source>The instance is stopped in the cloud console.</source>
        <translation>实例在云控制台中处于已停止状态。</translation>
    </message>
    <message>
        <source>Start it in the ECS console (step 1), wait until it is Running, then connect again.</source>
        <translation>在 ECS 控制台中启动它（第 1 步），等到状态为“运行中”后再重新连接。</translation>
    </message>
    <message>
        <source>The instance is locked or its subscription has expired (overdue account).</source>
        <translation>实例被锁定或已到期（账户欠费）。</translation>
    </message>
    <message>
        <source>Renew the instance or top up the account, then start it (step 1).</source>
        <translation>续费实例或为账户充值，然后启动实例（第 1 步）。</translation>
    </message>
    <message>
        <source>No security-group rule lets this computer&apos;s public address reach the Remote Desktop port.</source>
        <translation>没有任何安全组规则允许这台电脑的公网地址访问远程桌面端口。</translation>
    </message>
    <message>
        <source>Add the inbound rule shown on step 3 (exactly this address, TCP, the RDP port) to the security group.</source>
        <translation>在安全组中添加第 3 步给出的入方向规则（只放行这个地址、TCP、远程桌面端口）。</translation>
    </message>
    <message>
        <source>A security-group Drop rule blocks this computer&apos;s public address on the Remote Desktop port.</source>
        <translation>一条安全组拒绝规则阻止了这台电脑的公网地址访问远程桌面端口。</translation>
    </message>
    <message>
        <source>Change or remove the Drop rule quoted on step 3, or add an Accept rule with a smaller priority number.</source>
        <translation>修改或删除第 3 步引用的拒绝规则，或添加一条优先级数字更小的允许规则。</translation>
    </message>
    <message>
        <source>The instance&apos;s public bandwidth is 0 Mbit/s.</source>
        <translation>实例的公网带宽为 0 Mbit/s。</translation>
    </message>
    <message>
        <source>Set a public bandwidth above 0 Mbit/s for the instance or its elastic IP (step 6).</source>
        <translation>为实例或其弹性公网 IP 设置大于 0 Mbit/s 的公网带宽（第 6 步）。</translation>
    </message>
    <message>
        <source>The instance&apos;s CPU is saturated.</source>
        <translation>实例的 CPU 已满负荷。</translation>
    </message>
    <message>
        <source>Find the busy process through the console&apos;s VNC or upgrade the instance (step 6).</source>
        <translation>通过控制台的 VNC 找出占用 CPU 的进程，或升级实例规格（第 6 步）。</translation>
    </message>
    <message>
        <source>The instance runs, but Windows inside does not respond (no Cloud Assistant heartbeat).</source>
        <translation>实例在运行，但其中的 Windows 没有响应（云助手没有心跳）。</translation>
    </message>
    <message>
        <source>Look at the screen through the console&apos;s VNC (step 1); if it hangs, snapshot and restart it (step 11).</source>
        <translation>通过控制台的 VNC 查看画面（第 1 步）；如果卡住，先创建快照再重启（第 11 步）。</translation>
    </message>
    <message>
        <source>The Remote Desktop client on your own computer failed (out of memory or an internal error), not the server.</source>
        <translation>出错的是你自己电脑上的远程桌面客户端（内存不足或内部错误），不是服务器。</translation>
    </message>
    <message>
        <source>Close other programs on this computer or restart it, then connect again; if it repeats, choose a smaller window and fewer colours in the client (Show Options → Display) and install this computer&apos;s Windows updates (step 5).</source>
        <translation>关闭这台电脑上的其他程序或重启它，然后重新连接；如果反复出现，请在客户端里选择较小的窗口和较少的颜色（显示选项 → 显示），并安装这台电脑的 Windows 更新（第 5 步）。</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway in your connection settings cannot be reached or does not let you through.</source>
        <translation>连接设置里的远程桌面网关（RD 网关）无法访问，或者不让你通过。</translation>
    </message>
    <message>
        <source>A cloud server is normally reached directly: in the client choose Show Options → Advanced → Settings → &quot;Don&apos;t use an RD Gateway server&quot; and connect to the server&apos;s public IP address. If your company requires the gateway, ask its administrator (step 3).</source>
        <translation>云服务器通常是直接连接的：请在客户端里选择 显示选项 → 高级 → 设置 →“不使用 RD 网关服务器”，然后连接服务器的公网 IP。如果公司要求必须经过网关，请联系网关的管理员（第 3 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop answers on port %1 — connect to %2:%1, and allow TCP %1 in the security group (step 3).</source>
        <translation>远程桌面在端口 %1 上响应——请连接 %2:%1，并在安全组中放行 TCP %1（第 3 步）。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2: check on the server that Remote Desktop is on and listens on port %2 (steps 4 and 9), or whether it was moved to another port (step 3).</source>
        <translation>%1 的端口 %2 上没有程序接受连接：请在服务器上确认远程桌面已开启并在端口 %2 上监听（第 4 步和第 9 步），或者它是否被改到了其他端口（第 3 步）。</translation>
    </message>
    <message>
        <source>Connections to %1 port %2 get no answer: allow TCP %2 from your public IP address in the security group (step 3), then check Windows Firewall (step 7) and IP security policies (step 8).</source>
        <translation>连接 %1 的端口 %2 没有任何响应：请在安全组中允许你的公网 IP 访问 TCP %2（第 3 步），然后检查 Windows 防火墙（第 7 步）和 IP 安全策略（第 8 步）。</translation>
    </message>
    <message>
        <source>Add an inbound security-group rule for TCP %1 (port range %1/%1) from your public IP address, and check any network ACL (step 3).</source>
        <translation>添加一条安全组入方向规则：TCP %1（端口范围 %1/%1），授权对象为你的公网 IP 地址，并检查网络 ACL（第 3 步）。</translation>
    </message>
    <message>
        <source>The Windows Firewall rule &quot;%1&quot; blocks Remote Desktop on port %2: disable or delete it through the cloud console (step 7).</source>
        <translation>Windows 防火墙规则“%1”阻止了端口 %2 上的远程桌面：请通过云控制台禁用或删除它（第 7 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop was moved to port %1, but Windows Firewall only lets 3389 in: add an inbound rule for TCP %1 (step 7).</source>
        <translation>远程桌面已改到端口 %1，但 Windows 防火墙只放行 3389：请为 TCP %1 添加一条入站规则（第 7 步）。</translation>
    </message>
    <message>
        <source>No enabled inbound Windows Firewall rule lets TCP %1 reach Remote Desktop: enable the Remote Desktop rule or add one for TCP %1 (step 7).</source>
        <translation>没有已启用的 Windows 防火墙入站规则允许 TCP %1 到达远程桌面：请启用远程桌面规则，或为 TCP %1 添加一条规则（第 7 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop on the server listens on port %1, but you connect to port %2: connect to %3:%1 and allow TCP %1 in the security group, or set the port back (step 3).</source>
        <translation>服务器上的远程桌面监听端口 %1，但你连接的是端口 %2：请连接 %3:%1 并在安全组中放行 TCP %1，或者把端口改回来（第 3 步）。</translation>
    </message>
    <message>
        <source>The two PortNumber values on the server disagree: Tds\tcp says %1, RDP-Tcp says %2.</source>
        <translation>服务器上的两个 PortNumber 值不一致：Tds\tcp 为 %1，RDP-Tcp 为 %2。</translation>
    </message>
    <message>
        <source>Windows listens on the RDP-Tcp value, %1. Set PortNumber under ...\Wds\rdpwd\Tds\tcp to %1 as well (or both to the port you want), allow that port in the security group and Windows Firewall, and restart (step 3).</source>
        <translation>Windows 监听的是 RDP-Tcp 的值 %1。请把 ...\Wds\rdpwd\Tds\tcp 下的 PortNumber 也改成 %1（或者把两处都改成你想用的端口），在安全组和 Windows 防火墙中放行该端口，然后重启（第 3 步）。</translation>
    </message>
    <message>
        <source>PortNumber is %1, which no port can be (1–65535): set both Terminal Server PortNumber values to a free valid port, for example 3389, allow it in the security group, and restart (step 3).</source>
        <translation>PortNumber 为 %1，这不是有效的端口（1–65535）：请把 Terminal Server 下的两个 PortNumber 都改成一个空闲的有效端口（例如 3389），在安全组中放行它，然后重启（第 3 步）。</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1: check this computer&apos;s date and time first, then the server&apos;s (step 9).</source>
        <translation>该证书从 %1 起才生效：请先检查这台电脑的日期和时间，再检查服务器的（第 9 步）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. Check this computer&apos;s date and time; if they are right, renew the server&apos;s Remote Desktop certificate (step 9). Most clients still connect after a warning.</source>
        <translation>服务器的证书已于 %1 过期。请检查这台电脑的日期和时间；如果没有问题，请更新服务器的远程桌面证书（第 9 步）。大多数客户端在警告后仍可连接。</translation>
    </message>
    <message>
        <source>The server&apos;s Remote Desktop certificate (valid until %1) cannot be used: delete it in certlm.msc → Remote Desktop → Certificates and restart the Remote Desktop service so Windows makes a new one (step 9).</source>
        <translation>服务器的远程桌面证书（有效期至 %1）无法使用：请在 certlm.msc → 远程桌面 → 证书 中删除它，并重启远程桌面服务，让 Windows 生成新证书（第 9 步）。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is about %1 minutes ahead of this computer&apos;s.</source>
        <translation>服务器的时钟比这台电脑快约 %1 分钟。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is about %1 minutes behind this computer&apos;s.</source>
        <translation>服务器的时钟比这台电脑慢约 %1 分钟。</translation>
    </message>
    <message>
        <source>SafeDog runs on the server: open SafeDog through the cloud console, remove your IP address from its blacklist (and its remote-desktop protection rules), or stop it to test (step 10).</source>
        <translation>服务器上运行着安全狗：请通过云控制台打开安全狗，把你的 IP 地址从它的黑名单（以及远程桌面保护规则）中移除，或者暂时停止它来测试（第 10 步）。</translation>
    </message>
    <message>
        <source>%1 runs on the server: check its blacklist and firewall for your IP address, update it, or stop it to test (step 10).</source>
        <translation>服务器上运行着 %1：请检查它的黑名单和防火墙中是否有你的 IP 地址，更新它，或者暂时停止它来测试（第 10 步）。</translation>
    </message>
    <message>
        <source>Selective startup left these services off: %1. Run msconfig through the cloud console, choose Normal startup, and restart (step 4) — starting only Remote Desktop Services is not enough.</source>
        <translation>“有选择的启动”让这些服务保持关闭：%1。请通过云控制台运行 msconfig，选择“正常启动”并重启（第 4 步）——只启动 Remote Desktop Services 是不够的。</translation>
    </message>
    <message>
        <source>Un-assign or delete the IP security policy &quot;%1&quot;, or allow the Remote Desktop port in it (step 8).</source>
        <translation>取消分配或删除 IP 安全策略“%1”，或者在其中放行远程桌面端口（第 8 步）。</translation>
    </message>
    <message>
        <source>Add %1 to Remote Desktop Users, or log on with an administrator account (step 9).</source>
        <translation>把 %1 加入 Remote Desktop Users（远程桌面用户）组，或者用管理员账户登录（第 9 步）。</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;Deny log on through Remote Desktop Services&quot; (step 9).</source>
        <translation>把 %1 从“拒绝通过远程桌面服务登录”中移除（第 9 步）。</translation>
    </message>
    <message>
        <source>Fix the account %1 through the cloud console: enable or unlock it, or set a new password (step 2).</source>
        <translation>通过云控制台修复账户 %1：启用或解锁它，或者设置新密码（第 2 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop was moved to port %1 and starts using it after a restart: take a snapshot, restart the instance from the cloud console, then connect to port %1 (step 11).</source>
        <translation>远程桌面已改到端口 %1，重启后才会使用它：请先创建快照，再从云控制台重启实例，然后连接端口 %1（第 11 步）。</translation>
    </message>
    <message>
        <source>The CPU is at %1 %, busiest program %2: wait for it to finish if it is Windows Update, otherwise stop it, or choose a larger instance type (step 6).</source>
        <translation>CPU 使用率为 %1%，最忙的程序是 %2：如果是 Windows 更新，请等它完成；否则停止该程序，或者升级到更高配置的实例规格（第 6 步）。</translation>
    </message>
    <message>
        <source>Only %1 MB of memory is free: close the program that uses most, enlarge the page file, or choose an instance type with more memory (step 6).</source>
        <translation>可用内存只有 %1 MB：请关闭占用最多的程序、增大页面文件，或者更换内存更大的实例规格（第 6 步）。</translation>
    </message>
    <message>
        <source>The password was set on %1, after the server last started (%2): restart the instance from the cloud console, then log on with the new password (step 2).</source>
        <translation>密码在 %1 设置，晚于服务器上次启动的时间（%2）：请从云控制台重启实例，然后用新密码登录（第 2 步）。</translation>
    </message>
    <message>
        <source>The Windows Firewall rule &quot;%1&quot; lets port %2 in only from %3: if your public IP address is not among them, add it in the rule&apos;s Properties → Scope → Remote IP address, or choose Any IP address and limit access in the security group instead (step 7).</source>
        <translation>Windows 防火墙规则“%1”只允许来自 %3 的连接访问端口 %2：如果你的公网 IP 不在其中，请在该规则的 属性 → 作用域 → 远程 IP 地址 里添加它，或者选择“任何 IP 地址”，改用安全组来限制访问（第 7 步）。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing on the server runs on its grace period, which ends in %1 days.</source>
        <translation>服务器上的远程桌面授权正处于宽限期，宽限期还剩 %1 天。</translation>
    </message>
    <message>
        <source>Within the %1 days left, configure a licence server with licences or remove the Remote Desktop Session Host role; after that only &quot;mstsc /admin&quot; gets in (step 9).</source>
        <translation>请在剩下的 %1 天内配置一台有许可证的授权服务器，或者删除远程桌面会话主机角色；宽限期过后只能用“mstsc /admin”连接（第 9 步）。</translation>
    </message>
    <message>
        <source>The server has no Remote Desktop licence to give out: its licensing grace period is over and no licence server is set.</source>
        <translation>服务器没有可以发放的远程桌面许可证：它的授权宽限期已经结束，也没有设置授权服务器。</translation>
    </message>
    <message>
        <source>The server has been crashing or restarting unexpectedly (last %1 hours: blue screens %2, unexpected restarts %3).</source>
        <translation>服务器一直在崩溃或意外重启（最近 %1 小时：蓝屏 %2 次，意外重启 %3 次）。</translation>
    </message>
    <message>
        <source>The instance %1 (%2) is %3 in the cloud console.</source>
        <translation>实例 %1（%2）在云控制台中的状态为 %3。</translation>
    </message>
    <message>
        <source>Start %1 in the ECS console (step 1), wait until it is Running, then connect again.</source>
        <translation>在 ECS 控制台中启动 %1（第 1 步），等到状态为“运行中”后再重新连接。</translation>
    </message>
    <message>
        <source>The subscription of instance %1 (%2) has expired.</source>
        <translation>实例 %1（%2）的包年包月已到期。</translation>
    </message>
    <message>
        <source>The instance %1 (%2) is locked (%3).</source>
        <translation>实例 %1（%2）已被锁定（%3）。</translation>
    </message>
    <message>
        <source>The instance %1 runs, but Windows inside does not respond: the Cloud Assistant agent last answered at %2.</source>
        <translation>实例 %1 在运行，但其中的 Windows 没有响应：云助手最后一次应答是在 %2。</translation>
    </message>
    <message>
        <source>No security-group rule lets %1 reach TCP port %2 (security groups: %3).</source>
        <translation>没有任何安全组规则允许 %1 访问 TCP 端口 %2（安全组：%3）。</translation>
    </message>
    <message>
        <source>Add an inbound rule to security group %3: Accept, TCP, port range %2/%2, source %1 — step 3 shows the console path and the aliyun command.</source>
        <translation>在安全组 %3 中添加一条入方向规则：允许，TCP，端口范围 %2/%2，授权对象 %1。第 3 步给出了控制台中的操作路径和 aliyun 命令。</translation>
    </message>
    <message>
        <source>A security-group Drop rule blocks %1 on TCP port %2: %3.</source>
        <translation>一条安全组拒绝规则阻止了 %1 访问 TCP 端口 %2：%3。</translation>
    </message>
    <message>
        <source>The public bandwidth of %1 (instance %2) is 0 Mbit/s: nothing gets through it.</source>
        <translation>%1（实例 %2）的公网带宽为 0 Mbit/s：任何数据都过不去。</translation>
    </message>
    <message>
        <source>The CPU of instance %1 averaged %2% over the last hour (peak %3%).</source>
        <translation>实例 %1 的 CPU 在过去一小时内平均使用率为 %2%（峰值 %3%）。</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>Is the server&apos;s certificate in order?</source>
        <translation>服务器的证书是否正常？</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>未检查：没有收到证书。</translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; expired on %2.</source>
        <translation>服务器的证书“%1”已于 %2 过期。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; is only valid from %2: check this computer&apos;s clock and the server&apos;s.</source>
        <translation>服务器的证书“%1”从 %2 起才生效：请检查本机和服务器的时钟。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate uses a short %1-bit key and an outdated signature (%2).</source>
        <translation>服务器的证书使用了仅 %1 位的短密钥，签名算法也已过时（%2）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate uses a short %1-bit key.</source>
        <translation>服务器的证书使用了仅 %1 位的短密钥。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed with an outdated method (%1).</source>
        <translation>服务器的证书使用了过时的签名算法（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for &quot;%1&quot;, not for &quot;%2&quot;.</source>
        <translation>服务器的证书是颁发给“%1”的，而不是“%2”。</translation>
    </message>
    <message>
        <source>The server uses its own (self-signed) certificate &quot;%1&quot;, valid for %2 more days. That is normal for Remote Desktop.</source>
        <translation>服务器使用的是自己生成的（自签名）证书“%1”，剩余有效期 %2 天。这对远程桌面来说是正常的。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; is valid for %2 more days.</source>
        <translation>服务器的证书“%1”剩余有效期 %2 天。</translation>
    </message>
    <message>
        <source>A certificate is valid only between two dates. Outside them, Remote Desktop clients show a warning; most let you continue, but some company policies and clients refuse. If this computer&apos;s clock is wrong, fix that first. Otherwise renew the certificate on the server (step 9): for Windows&apos; own certificate, delete it in the computer&apos;s certificate store under Remote Desktop and restart the Remote Desktop service, and Windows creates a new one.</source>
        <translation>证书只在两个日期之间有效。超出有效期时，远程桌面客户端会显示警告；大多数客户端允许继续连接，但有些公司策略和客户端会拒绝连接。如果本机时钟不对，请先更正。否则请在服务器上更新证书（第 9 步）：如果是 Windows 自己生成的证书，在计算机证书存储的“远程桌面”下删除它，再重启远程桌面服务，Windows 就会重新生成一个。</translation>
    </message>
    <message>
        <source>Keys shorter than 2048 bits and signatures made with MD5 or SHA-1 are no longer considered safe. Newer clients and servers may refuse them, and the server&apos;s own security settings can make its TLS fail with such a key. Replace the certificate with one that has a 2048-bit (or longer) key and a SHA-256 signature (step 9).</source>
        <translation>短于 2048 位的密钥以及使用 MD5 或 SHA-1 的签名已不再被认为是安全的。较新的客户端和服务器可能会拒绝它们；使用这种密钥时，服务器自身的安全设置也可能导致 TLS 失败。请更换为 2048 位（或更长）密钥、SHA-256 签名的证书（第 9 步）。</translation>
    </message>
    <message>
        <source>The certificate was issued for another name than the one you typed, so clients warn that the server cannot be identified. Connect with the name the certificate was issued for, or install a certificate that includes the name you use.</source>
        <translation>证书是颁发给另一个名称的，与您输入的名称不同，所以客户端会警告无法验证服务器的身份。请使用证书上的名称连接，或安装包含您所用名称的证书。</translation>
    </message>
    <message>
        <source>A certificate ties the server&apos;s key to its name. This one was signed by the server itself, not by an authority your computer trusts, so your computer cannot prove the key really belongs to your server: someone in the middle could present their own certificate and you would see the same kind of warning. That is how most Remote Desktop servers work and it does not stop you from connecting. To be sure, compare the thumbprint the client shows with the one on the server (log in through the cloud console). This certificate&apos;s SHA-1 thumbprint is %1.</source>
        <translation>证书把服务器的密钥与它的名称绑定在一起。这张证书是服务器自己签发的，而不是由您的电脑信任的机构签发，所以您的电脑无法证明这个密钥确实属于您的服务器：中间人也可以出示自己的证书，而您看到的警告是一样的。大多数远程桌面服务器都是这样工作的，并不影响您连接。如需确认，请将客户端显示的指纹与服务器上的指纹进行比对（通过云控制台登录查看）。这张证书的 SHA-1 指纹是 %1。</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority. Its SHA-1 thumbprint is %1.</source>
        <translation>该证书由证书颁发机构签发，其 SHA-1 指纹是 %1。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>diagnose needs the server&apos;s address, e.g. rdp-doctor diagnose 203.0.113.10:3389</source>
        <translation>diagnose 命令需要服务器地址，例如：rdp-doctor diagnose 203.0.113.10:3389</translation>
    </message>
    <message>
        <source>Cannot use the evidence file %1: %2</source>
        <translation>无法使用证据文件 %1：%2</translation>
    </message>
    <message>
        <source>explain needs the message or code the Remote Desktop client showed, e.g. rdp-doctor explain &quot;0x204&quot;</source>
        <translation>explain 命令需要远程桌面客户端显示的错误信息或错误代码，例如：rdp-doctor explain &quot;0x204&quot;</translation>
    </message>
    <message>
        <source>Other possible matches:</source>
        <translation>其他可能的匹配：</translation>
    </message>
    <message>
        <source>Recognised: &quot;%1&quot;</source>
        <translation>识别为：“%1”</translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation>转到第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>ClientErrorCheck</name>
    <message>
        <source>What does the client&apos;s error message mean?</source>
        <translation>客户端的错误信息是什么意思？</translation>
    </message>
    <message>
        <source>No error message was given.</source>
        <translation>未提供错误信息。</translation>
    </message>
    <message>
        <source>The error message was not recognised; copy the whole dialog text including the error code.</source>
        <translation>无法识别该错误信息；请复制对话框的全部文字，包括错误代码。</translation>
    </message>
    <message>
        <source>Code %1 is not documented; its meaning is unknown.</source>
        <translation>代码 %1 没有公开文档，含义未知。</translation>
    </message>
    <message>
        <source>Recognised message: &quot;%1&quot;</source>
        <translation>已识别的错误信息：“%1”</translation>
    </message>
    <message>
        <source>Recognised message: &quot;%1&quot; (go to step %2)</source>
        <translation>已识别的错误信息：“%1”（请转到第 %2 步）</translation>
    </message>
</context>
<context>
    <name>CloudAccess</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Type this computer&apos;s public address as a &quot;what is my IP&quot; page shows it, e.g. 198.51.100.7.</source>
        <translation>“%1”不是 IP 地址。请填写本机的公网地址，以“查看我的 IP”之类网页显示的为准，例如 198.51.100.7。</translation>
    </message>
    <message>
        <source>Nothing was pasted. Paste the whole output of an aliyun command, from the first &quot;{&quot; to the last &quot;}&quot;.</source>
        <translation>没有粘贴任何内容。请粘贴 aliyun 命令的完整输出：从第一个“{”到最后一个“}”。</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message>
        <source>Type the AccessKey ID and the AccessKey secret, or choose an aliyun CLI profile.</source>
        <translation>请填写 AccessKey ID 和 AccessKey Secret，或选择一个 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address on the first page, or the instance ID here, so RDP Doctor knows which instance to read.</source>
        <translation>请在第一页填写服务器地址，或在这里填写实例 ID，RDP Doctor 才知道要读取哪个实例。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was read; the cloud data in use (if any) stays.</source>
        <translation>已取消。没有读取任何内容；正在使用的云端数据（如有）保持不变。</translation>
    </message>
    <message>
        <source>The key is remembered in the system keychain.</source>
        <translation>该密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No key is remembered in the system keychain. Type one and tick &quot;Remember&quot;, or choose a profile.</source>
        <translation>系统钥匙串中没有保存的密钥。请输入一个并勾选“记住”，或选择一个配置。</translation>
    </message>
    <message>
        <source>The remembered key was removed from the system keychain.</source>
        <translation>已从系统钥匙串中删除保存的密钥。</translation>
    </message>
    <message>
        <source>This is the training lab&apos;s pretend cloud: it is read with the lab&apos;s own key only. To use your key, enter your own server&apos;s address on the first page and start its diagnosis.</source>
        <translation>这是培训实验室的模拟云端：只能用实验室自己的密钥读取。要使用您自己的密钥，请在第一页输入您自己服务器的地址并开始诊断。</translation>
    </message>
</context>
<context>
    <name>CloudActions</name>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Take a picture of the instance&apos;s console screen (the same picture as the console&apos;s VNC shows).</source>
        <translation>截取实例控制台的屏幕画面（与控制台 VNC 显示的画面相同）。</translation>
    </message>
    <message>
        <source>Check that the Cloud Assistant agent is online.</source>
        <translation>确认云助手客户端在线。</translation>
    </message>
    <message>
        <source>Run RDP Doctor&apos;s read-only evidence collector inside Windows through Cloud Assistant (as SYSTEM, at most 5 minutes): collect-rdp-evidence.ps1, %1 bytes, SHA-256 %2. It reads settings and writes only a temporary file that it deletes again.</source>
        <translation>通过云助手在 Windows 内运行 RDP Doctor 的只读证据收集脚本（以 SYSTEM 身份，最多 5 分钟）：collect-rdp-evidence.ps1，%1 字节，SHA-256 %2。它只读取设置，只写一个临时文件，用完即删除。</translation>
    </message>
    <message>
        <source>Read the command&apos;s output and import it as evidence from inside the server.</source>
        <translation>读取命令的输出，作为服务器内部的证据导入。</translation>
    </message>
    <message>
        <source>Find the instance&apos;s system disk (DescribeDisks).</source>
        <translation>查找实例的系统盘（DescribeDisks）。</translation>
    </message>
    <message>
        <source>Use the system disk %1.</source>
        <translation>使用系统盘 %1。</translation>
    </message>
    <message>
        <source>Create a snapshot of the system disk named &quot;rdp-doctor-before-restart-…&quot; and wait until it is complete (progress is shown; this can take from a few minutes to an hour).</source>
        <translation>为系统盘创建名为“rdp-doctor-before-restart-…”的快照，并等待快照完成（会显示进度；可能需要几分钟到一小时）。</translation>
    </message>
    <message>
        <source>Then force a restart (ForceStop: like pulling the power cord; data not yet written to disk can be lost).</source>
        <translation>然后强制重启（ForceStop：相当于拔掉电源；尚未写入磁盘的数据可能丢失）。</translation>
    </message>
    <message>
        <source>Then restart Windows normally (RebootInstance).</source>
        <translation>然后正常重启 Windows（RebootInstance）。</translation>
    </message>
    <message>
        <source>Nothing changes on the instance.</source>
        <translation>实例上不会有任何改动。</translation>
    </message>
    <message>
        <source>No setting changes. A command run is recorded in the instance&apos;s Cloud Assistant history.</source>
        <translation>不会修改任何设置。云助手的命令执行记录中会留下这次运行。</translation>
    </message>
    <message>
        <source>A new snapshot is added to the disk; the instance keeps running.</source>
        <translation>磁盘会新增一个快照；实例继续运行。</translation>
    </message>
    <message>
        <source>A new snapshot is added to the disk.</source>
        <translation>磁盘会新增一个快照。</translation>
    </message>
    <message>
        <source>Windows restarts: everyone connected is disconnected, unsaved work is lost, and the server is unreachable for one to several minutes.</source>
        <translation>Windows 会重启：所有已连接的用户都会断开，未保存的工作会丢失，服务器在一到几分钟内无法访问。</translation>
    </message>
    <message>
        <source>Cost: snapshots are billed by the storage they use, per GB and month, until you delete the snapshot (ECS console &gt; Storage &amp; Snapshots &gt; Snapshots). RDP Doctor does not delete it.</source>
        <translation>费用：快照按占用的存储容量计费（每 GB 每月），直到您删除该快照（ECS 控制台 &gt; 存储与快照 &gt; 快照）。RDP Doctor 不会删除它。</translation>
    </message>
    <message>
        <source>Cost: Cloud Assistant commands are free; they count towards the account&apos;s daily command quota.</source>
        <translation>费用：云助手命令免费，但计入账号每天的命令执行配额。</translation>
    </message>
    <message>
        <source>Cost: none.</source>
        <translation>费用：无。</translation>
    </message>
    <message>
        <source>The collector command is %1 bytes, more than the %2 bytes Cloud Assistant accepts: this build cannot send it. Run the script through the console&apos;s VNC instead (step 1).</source>
        <translation>收集命令有 %1 字节，超过云助手可接受的 %2 字节：这个版本无法发送它。请改为通过控制台的 VNC 运行脚本（第 1 步）。</translation>
    </message>
    <message>
        <source>Instance %1 is %2: only a Running instance can be restarted. Start it in the ECS console instead.</source>
        <translation>实例 %1 的状态为 %2：只有“运行中”的实例才能重启。请改为在 ECS 控制台中启动它。</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>实例：%1</translation>
    </message>
    <message>
        <source>What RDP Doctor will do:</source>
        <translation>RDP Doctor 将会：</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>会发生的改动：</translation>
    </message>
    <message>
        <source>API calls, in order: %1</source>
        <translation>依次调用的 API：%1</translation>
    </message>
    <message>
        <source>RAM permissions needed: %1</source>
        <translation>所需的 RAM 权限：%1</translation>
    </message>
    <message>
        <source>Nothing was done: this action was not agreed to as shown (the plan changed after it was shown). Show the plan again and answer yes.</source>
        <translation>未执行任何操作：这个操作没有按所显示的内容得到同意（显示后计划发生了变化）。请重新显示计划并回答“是”。</translation>
    </message>
    <message>
        <source>Nothing was done: a forced restart (ForceStop) needs its own second yes.</source>
        <translation>未执行任何操作：强制重启（ForceStop）需要单独再确认一次。</translation>
    </message>
    <message>
        <source>The cloud answered, but not with a picture; take the screenshot in the ECS console (the instance &gt; Connect &gt; VNC) instead.</source>
        <translation>云端有应答，但不是图片；请改为在 ECS 控制台（该实例 &gt; 远程连接 &gt; VNC）中查看画面。</translation>
    </message>
    <message>
        <source>The screenshot is larger than %1 MB and was not kept.</source>
        <translation>截图大于 %1 MB，未保留。</translation>
    </message>
    <message>
        <source>The console screenshot needs a Running instance; start it first.</source>
        <translation>控制台截图需要实例处于“运行中”；请先启动实例。</translation>
    </message>
    <message>
        <source>The Cloud Assistant agent did not take the command (%1): it is not running or not answering. Restart the instance or the &quot;AliyunService&quot; service through VNC, then try again.</source>
        <translation>云助手客户端没有接收命令（%1）：它没有运行或没有响应。请重启实例，或通过 VNC 重启“AliyunService”服务，然后再试。</translation>
    </message>
    <message>
        <source>The instance is not running, so the command could not run. Start it first.</source>
        <translation>实例未运行，命令无法执行。请先启动实例。</translation>
    </message>
    <message>
        <source>The collector did not finish within the time allowed on the server (%1). Windows may be very busy: look at the console screenshot or VNC.</source>
        <translation>收集脚本没有在服务器允许的时间内完成（%1）。Windows 可能非常繁忙：请查看控制台截图或 VNC。</translation>
    </message>
    <message>
        <source>Cloud Assistant could not deliver the command to the instance in time (%1). The agent may have lost its connection to the cloud: check that the instance can reach the Cloud Assistant service.</source>
        <translation>云助手没能及时把命令送到实例（%1）。客户端可能与云端失去了连接：请检查实例能否访问云助手服务。</translation>
    </message>
    <message>
        <source>The collector failed on the server: status %1, exit code %2, %3 %4</source>
        <translation>收集脚本在服务器上失败：状态 %1，退出码 %2，%3 %4</translation>
    </message>
    <message>
        <source>Nothing was done: the command to run is not the one the plan showed.</source>
        <translation>未执行任何操作：要运行的命令不是计划中显示的那个。</translation>
    </message>
    <message>
        <source>The Cloud Assistant agent on %1 is offline (last heartbeat: %2), so no command can run there. Nothing was sent. Collect the evidence through the console&apos;s VNC instead (step 1), or restart the instance (step 11) and try again.</source>
        <translation>%1 上的云助手客户端离线（最后心跳：%2），无法在那里运行命令。未发送任何命令。请改为通过控制台的 VNC 收集证据（第 1 步），或重启实例（第 11 步）后再试。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The server refused to run the collector: the script it unpacked did not have the SHA-256 shown in the plan. Nothing was collected.</source>
        <translation>服务器拒绝运行收集脚本：解压出的脚本的 SHA-256 与计划中显示的不一致。未收集任何内容。</translation>
    </message>
    <message>
        <source>The evidence arrived changed on the way (its SHA-256 differs from the one the server printed); it was imported because it is a valid evidence document.</source>
        <translation>证据在传输途中被改变了（其 SHA-256 与服务器输出的不一致）；由于它仍是有效的证据文档，已将其导入。</translation>
    </message>
    <message>
        <source>The full evidence did not fit into the %1 KB Cloud Assistant returns, so only the short code was imported (fewer facts).</source>
        <translation>完整证据超出了云助手返回的 %1 KB 上限，因此只导入了短代码（信息较少）。</translation>
    </message>
    <message>
        <source>The collector&apos;s output was cut off at %1 KB and held no usable evidence.</source>
        <translation>收集脚本的输出在 %1 KB 处被截断，其中没有可用的证据。</translation>
    </message>
    <message>
        <source>The collector ran, but its output holds no evidence RDP Doctor can read. What the server printed: %1</source>
        <translation>收集脚本已运行，但输出中没有 RDP Doctor 能读取的证据。服务器输出的内容：%1</translation>
    </message>
    <message>
        <source>Stopped waiting. The collector may still finish on the server (invocation %1); nothing else is sent.</source>
        <translation>已停止等待。收集脚本可能仍会在服务器上完成（执行 %1）；不会再发送其他请求。</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>尚未知道</translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>在发送任何请求之前已停止。</translation>
    </message>
    <message>
        <source>Nothing was done: this is not a snapshot plan.</source>
        <translation>未执行任何操作：这不是快照计划。</translation>
    </message>
    <message>
        <source>No system disk of %1 was found, so no snapshot was made and nothing restarted. Check the instance id and region.</source>
        <translation>没有找到 %1 的系统盘，因此没有创建快照，也没有重启。请检查实例 ID 和地域。</translation>
    </message>
    <message>
        <source>Snapshot %1 of disk %2 is complete. Nothing was restarted.</source>
        <translation>磁盘 %2 的快照 %1 已完成。没有重启任何实例。</translation>
    </message>
    <message>
        <source>Snapshot %1 of disk %2 failed, so the instance was not restarted. Look at the snapshot in the ECS console, then decide about the restart.</source>
        <translation>磁盘 %2 的快照 %1 失败，因此没有重启实例。请在 ECS 控制台中查看该快照，再决定是否重启。</translation>
    </message>
    <message>
        <source>Snapshot %1 is complete and the forced restart of %2 was sent. Wait two to five minutes, then connect again.</source>
        <translation>快照 %1 已完成，已发送 %2 的强制重启请求。请等待两到五分钟后重新连接。</translation>
    </message>
    <message>
        <source>Snapshot %1 is complete and the restart of %2 was sent. Wait two to five minutes, then connect again.</source>
        <translation>快照 %1 已完成，已发送 %2 的重启请求。请等待两到五分钟后重新连接。</translation>
    </message>
    <message>
        <source>Stopped: no snapshot was made, nothing restarted.</source>
        <translation>已停止：没有创建快照，也没有重启。</translation>
    </message>
    <message>
        <source>Stopped: the instance was not restarted. Snapshot %1 was already requested and stays (delete it in the ECS console if you do not need it).</source>
        <translation>已停止：实例没有重启。快照 %1 已经提交创建，会保留下来（如不需要，请在 ECS 控制台中删除）。</translation>
    </message>
    <message>
        <source>Snapshot %1 is complete; the restart was not done.</source>
        <translation>快照 %1 已完成；重启没有执行。</translation>
    </message>
    <message>
        <source>Nothing was restarted.</source>
        <translation>没有重启任何实例。</translation>
    </message>
    <message>
        <source>Force the restart of %1 (ForceStop)? Windows gets no chance to shut down: open files and data not yet written to disk can be lost. Answer no to stop here without doing anything.</source>
        <translation>要强制重启 %1（ForceStop）吗？Windows 没有机会正常关机：打开的文件和尚未写入磁盘的数据可能丢失。回答“否”则到此为止，不做任何操作。</translation>
    </message>
</context>
<context>
    <name>CloudAdvice</name>
    <message>
        <source>ECS console &gt; Instances &gt; the instance &gt; Security Groups &gt; %1 &gt; Inbound: a Drop rule at priority 1 decides, so no Accept rule can outrank it. Delete or narrow that Drop rule (or change its priority), then add: Allow, TCP %2/%2, source %3.</source>
        <translation>ECS 控制台 &gt; 实例 &gt; 该实例 &gt; 安全组 &gt; %1 &gt; 入方向：起决定作用的是优先级为 1 的拒绝规则，任何允许规则都无法排在它前面。请删除或缩小这条拒绝规则（或修改其优先级），然后添加：允许，TCP %2/%2，授权对象 %3。</translation>
    </message>
    <message>
        <source>ECS console &gt; Instances &gt; the instance &gt; Security Groups &gt; %1 &gt; Inbound &gt; Add Rule: Action Allow, Priority %2, Protocol Custom TCP, Port Range %3/%3, Source %4.</source>
        <translation>ECS 控制台 &gt; 实例 &gt; 该实例 &gt; 安全组 &gt; %1 &gt; 入方向 &gt; 手动添加：授权策略 允许，优先级 %2，协议类型 自定义 TCP，端口范围 %3/%3，授权对象 %4。</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>&quot;%1&quot; is not a URL; give it as https://host[:port].</source>
        <translation>“%1”不是网址；请按 https://主机[:端口] 的格式填写。</translation>
    </message>
    <message>
        <source>Refusing to send a signed request to %1: only https:// is allowed (plain http:// only to this computer, for tests), so the AccessKey&apos;s signature never crosses a network unencrypted.</source>
        <translation>拒绝向 %1 发送已签名的请求：只允许 https://（明文 http:// 仅限本机，用于测试），以免 AccessKey 的签名未经加密就在网络上传输。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, so it cannot be looked up among the instances&apos; public IPs and EIPs. Connect by the public IP, or name the instance with --instance i-… --region REGION.</source>
        <translation>“%1”不是 IP 地址，无法在实例的公网 IP 和弹性公网 IP（EIP）中查找。请用公网 IP 连接，或用 --instance i-… --region 地域 指定实例。</translation>
    </message>
    <message>
        <source>None of the %1 regions this AccessKey can see has an instance with the public IP or EIP %2. Check the address, or name the instance with --instance i-… --region REGION.</source>
        <translation>此 AccessKey 可见的 %1 个地域中，没有任何实例的公网 IP 或弹性公网 IP（EIP）是 %2。请检查地址，或用 --instance i-… --region 地域 指定实例。</translation>
    </message>
    <message>
        <source>None of the %1 regions this AccessKey can see has the instance %2. Check the ID, or give its region with --region.</source>
        <translation>此 AccessKey 可见的 %1 个地域中都没有实例 %2。请检查实例 ID，或用 --region 指定它所在的地域。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind the cloud&apos;s.</source>
        <translation>本机时钟比云端慢 %1 分钟。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes ahead of the cloud&apos;s.</source>
        <translation>本机时钟比云端快 %1 分钟。</translation>
    </message>
    <message>
        <source>Set the date, time and time zone right (Windows: Settings &gt; Time &amp; language &gt; Date &amp; time &gt; Sync now); a wrong clock also breaks Remote Desktop&apos;s Network Level Authentication (CredSSP) and TLS.</source>
        <translation>请把日期、时间和时区调正确（Windows：设置 &gt; 时间和语言 &gt; 日期和时间 &gt; 立即同步）；时钟不准还会导致远程桌面的网络级别身份验证（CredSSP）和 TLS 失败。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know the AccessKey ID %1 (%2). Check the ID for typos or spaces, or ask the account owner whether the key was deleted or disabled.</source>
        <translation>阿里云不认识 AccessKey ID %1（%2）。请检查 ID 是否有错字或空格，或询问账号所有者该密钥是否已被删除或禁用。</translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request&apos;s signature (%1): the AccessKey secret does not belong to the AccessKey ID %2. Copy the secret again, without spaces, and try again.</source>
        <translation>阿里云拒绝了请求的签名（%1）：AccessKey Secret 与 AccessKey ID %2 不匹配。请重新复制 Secret（不要带空格）后再试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request&apos;s time stamp (%1).</source>
        <translation>阿里云拒绝了请求的时间戳（%1）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request&apos;s time stamp (%1): this computer&apos;s clock or time zone is probably wrong. Set the date, time and time zone right and try again; a wrong clock also breaks Remote Desktop&apos;s Network Level Authentication (CredSSP) and TLS.</source>
        <translation>阿里云拒绝了请求的时间戳（%1）：本机的时钟或时区很可能不对。请把日期、时间和时区调正确后再试；时钟不准还会导致远程桌面的网络级别身份验证（CredSSP）和 TLS 失败。</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey may not call %1 (%2). Ask the account&apos;s administrator to grant the read-only policy in docs/cloud.md (&quot;Least-privilege RAM policy&quot;), which allows %1.</source>
        <translation>此 AccessKey 所属的 RAM 用户无权调用 %1（%2）。请让账号管理员授予 docs/cloud.md 中的只读策略（“Least-privilege RAM policy”，最小权限 RAM 策略），其中包含 %1。</translation>
    </message>
    <message>
        <source>Alibaba Cloud kept limiting the request rate for %1 (%2) after %3 attempts. Wait a minute and try again.</source>
        <translation>尝试 %3 次后，阿里云仍在限制 %1 的请求频率（%2）。请等一分钟后再试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud had a server error answering %1 (%2), also when asked again. Try again in a few minutes; if it persists, give the RequestId to Alibaba Cloud support.</source>
        <translation>阿里云在响应 %1 时出现服务器错误（%2），重试后依然如此。请几分钟后再试；如果一直出现，请把 RequestId 提供给阿里云技术支持。</translation>
    </message>
    <message>
        <source>Alibaba Cloud has no such resource for %1 (%2: %3). Check --instance and --region.</source>
        <translation>阿里云找不到 %1 所需的资源（%2：%3）。请检查 --instance 和 --region。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the STS security token (%1): it has expired or belongs to another AccessKey. Get a new STS token (e.g. assume the role again) and try again.</source>
        <translation>阿里云拒绝了 STS 安全令牌（%1）：令牌已过期，或属于另一个 AccessKey。请获取新的 STS 令牌（例如重新扮演角色）后再试。</translation>
    </message>
    <message>
        <source>Could not reach Alibaba Cloud for %1 at %2: %3. Check the Internet connection and the proxy settings, then try again.</source>
        <translation>无法连接阿里云 %2 来执行 %1：%3。请检查网络连接和代理设置，然后再试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud at %1 did not answer %2 in time. Check the Internet connection and the proxy, then try again.</source>
        <translation>阿里云 %1 没有及时响应 %2。请检查网络连接和代理，然后再试。</translation>
    </message>
    <message>
        <source>Reading the instance from Alibaba Cloud took longer than %1 seconds and was stopped (last call: %2). Check the Internet connection, or name the instance with --instance i-… --region REGION so fewer calls are needed.</source>
        <translation>从阿里云读取实例信息超过了 %1 秒，已停止（最后一次调用：%2）。请检查网络连接，或用 --instance i-… --region 地域 指定实例，以减少所需的调用。</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s answer to %1 could not be read (HTTP %2: cut off or not JSON). Try again; if it persists, use the no-key path in docs/cloud.md.</source>
        <translation>无法读取阿里云对 %1 的响应（HTTP %2：内容被截断或不是 JSON）。请再试一次；如果一直如此，请改用 docs/cloud.md 中无需密钥的方式。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1: %2 (%3).</source>
        <translation>阿里云拒绝了 %1：%2（%3）。</translation>
    </message>
    <message>
        <source>This AccessKey may not list the regions (%1 is not granted), so only the profile&apos;s region %2 was searched. If the instance is elsewhere, add --region REGION.</source>
        <translation>这个 AccessKey 无权列出地域（未授予 %1），因此只搜索了配置中的地域 %2。如果实例在其他地域，请加上 --region 地域。</translation>
    </message>
</context>
<context>
    <name>CloudChecks</name>
    <message>
        <source>None of the %1 imported instances holds this address; name the instance with --instance ID, or import DescribeInstanceAttribute for the instance you connect to.</source>
        <translation>导入的 %1 个实例都没有这个地址；请用 --instance 实例ID 指定实例，或导入您要连接的实例的 DescribeInstanceAttribute 输出。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>Is the instance running in the cloud console?</source>
        <translation>实例在云控制台中是否处于运行状态？</translation>
    </message>
    <message>
        <source>Instance %1 is locked by Alibaba Cloud (%2): it cannot run until the lock is lifted.</source>
        <translation>实例 %1 被阿里云锁定（%2）：解除锁定之前无法运行。</translation>
    </message>
    <message>
        <source>Instance %1 expired on %2 (subscription): renew it, then start it.</source>
        <translation>实例 %1 已于 %2 到期（包年包月）：请续费后再启动。</translation>
    </message>
    <message>
        <source>Instance %1 is running, but its subscription ends on %2.</source>
        <translation>实例 %1 正在运行，但将于 %2 到期。</translation>
    </message>
    <message>
        <source>Instance %1 is Stopped in the console: nothing on it can answer.</source>
        <translation>实例 %1 在控制台中为“已停止”：它上面的任何服务都无法响应。</translation>
    </message>
    <message>
        <source>Instance %1 (%2) is Running.</source>
        <translation>实例 %1（%2）正在运行。</translation>
    </message>
    <message>
        <source>Instance %1 is %2: wait until it is Running, then try again.</source>
        <translation>实例 %1 的状态为 %2：请等到“运行中”后再试。</translation>
    </message>
    <message>
        <source>A financial lock or an expired subscription stops the instance. In the console: Expenses &gt; Renewal, or top up the account; then start the instance in ECS console &gt; Instances.</source>
        <translation>欠费锁定或包年包月到期会使实例停机。在控制台中：费用 &gt; 续费管理，或为账户充值；然后在 ECS 控制台 &gt; 实例 中启动实例。</translation>
    </message>
    <message>
        <source>Start it in ECS console &gt; Instances &gt; the instance &gt; Start, wait until the status is Running (one to two minutes for Windows), then connect again.</source>
        <translation>在 ECS 控制台 &gt; 实例 &gt; 该实例 &gt; 启动，等到状态为“运行中”（Windows 还需一到两分钟），然后重新连接。</translation>
    </message>
    <message>
        <source>Does a security-group rule let this computer reach the Remote Desktop port?</source>
        <translation>是否有安全组规则允许这台电脑访问远程桌面端口？</translation>
    </message>
    <message>
        <source>Needs this computer&apos;s public IP address (--public-ip, or type it on the page) to judge the security-group rules.</source>
        <translation>需要这台电脑的公网 IP 地址（--public-ip，或在页面上填写）才能判断安全组规则。</translation>
    </message>
    <message>
        <source>Needs the rules of security group(s) %1: import the output of DescribeSecurityGroupAttribute for each.</source>
        <translation>需要安全组 %1 的规则：请逐个导入 DescribeSecurityGroupAttribute 的输出。</translation>
    </message>
    <message>
        <source>Security-group rule lets %1 in on TCP %2: %3.</source>
        <translation>安全组规则允许 %1 访问 TCP %2：%3。</translation>
    </message>
    <message>
        <source>Security-group rule drops %1 on TCP %2: %3.</source>
        <translation>安全组规则拒绝 %1 访问 TCP %2：%3。</translation>
    </message>
    <message>
        <source>No security-group rule lets %1 reach TCP %2 (groups %3), so the default denies it.</source>
        <translation>没有安全组规则允许 %1 访问 TCP %2（安全组 %3），因此被默认规则拒绝。</translation>
    </message>
    <message>
        <source>Cannot tell whether the security groups let %1 in on TCP %2: %3 may match and cannot be judged here.</source>
        <translation>无法判断安全组是否允许 %1 访问 TCP %2：%3 可能匹配，但在这里无法判断。</translation>
    </message>
    <message>
        <source>Or, as an administrator with the aliyun CLI:</source>
        <translation>或者由管理员使用 aliyun CLI：</translation>
    </message>
    <message>
        <source>RDP Doctor never changes security groups itself.</source>
        <translation>RDP Doctor 从不自行修改安全组。</translation>
    </message>
    <message>
        <source>Does the instance have public bandwidth?</source>
        <translation>实例是否有公网带宽？</translation>
    </message>
    <message>
        <source>elastic IP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Instance %1 has no public IP address: it cannot be reached from the Internet.</source>
        <translation>实例 %1 没有公网 IP 地址：无法从公网访问。</translation>
    </message>
    <message>
        <source>The public bandwidth of %1 (%2) is 0 Mbit/s: nothing reaches the server over the Internet (the FAQ&apos;s &quot;1k&quot; case).</source>
        <translation>%1（%2）的公网带宽为 0 Mbit/s：任何流量都无法经公网到达服务器（即常见问题中的“1k”情况）。</translation>
    </message>
    <message>
        <source>Public bandwidth of %1 (%2): %3 Mbit/s, %4.</source>
        <translation>%1（%2）的公网带宽：%3 Mbit/s，%4。</translation>
    </message>
    <message>
        <source>Set a public bandwidth above 0 Mbit/s: ECS console &gt; Instances &gt; the instance &gt; Change Bandwidth (or the EIP&apos;s Change Specifications). PayByTraffic bills per GB with the bandwidth only as a cap; PayByBandwidth bills the fixed Mbit/s. 1 Mbit/s is enough to log on; 5 Mbit/s is comfortable.</source>
        <translation>请设置大于 0 Mbit/s 的公网带宽：ECS 控制台 &gt; 实例 &gt; 该实例 &gt; 调整带宽（弹性公网 IP 则是“变更配置”）。按流量计费（PayByTraffic）按 GB 收费，带宽只是上限；按固定带宽计费（PayByBandwidth）按固定的 Mbit/s 收费。1 Mbit/s 足以登录，5 Mbit/s 使用较流畅。</translation>
    </message>
    <message>
        <source>CPU averaged %1% (peak %2%) over %3 data points</source>
        <translation>CPU 在 %3 个数据点中平均 %1%（峰值 %2%）</translation>
    </message>
    <message>
        <source>memory %1% used</source>
        <translation>内存已用 %1%</translation>
    </message>
    <message>
        <source>outbound bandwidth %1% of its cap</source>
        <translation>出方向带宽达到上限的 %1%</translation>
    </message>
    <message>
        <source>Is the instance overloaded (CPU, memory, bandwidth)?</source>
        <translation>实例是否过载（CPU、内存、带宽）？</translation>
    </message>
    <message>
        <source>A saturated CPU, memory or public bandwidth makes the desktop freeze or disconnect. Find the busy process (Task Manager through the console&apos;s VNC), or upgrade the instance type or bandwidth.</source>
        <translation>CPU、内存或公网带宽满负荷会让桌面卡顿或断开。请找出繁忙的进程（通过控制台 VNC 打开任务管理器），或升级实例规格或带宽。</translation>
    </message>
    <message>
        <source>Is the Cloud Assistant agent online?</source>
        <translation>云助手客户端是否在线？</translation>
    </message>
    <message>
        <source>The Cloud Assistant agent is online (version %1): Windows has started and evidence can be collected without VNC.</source>
        <translation>云助手客户端在线（版本 %1）：Windows 已启动，无需 VNC 即可收集证据。</translation>
    </message>
    <message>
        <source>The Cloud Assistant agent is offline (last heartbeat %1): Windows may still be starting, may hang, or the agent service is stopped.</source>
        <translation>云助手客户端离线（最后心跳 %1）：Windows 可能仍在启动、已卡住，或者云助手服务已停止。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Open the console&apos;s VNC (ECS console &gt; the instance &gt; Connect &gt; VNC) and look at the screen: a blue screen, &quot;Working on updates&quot; or a frozen logon screen explains it. A restart (step 11) often helps.</source>
        <translation>打开控制台的 VNC（ECS 控制台 &gt; 该实例 &gt; 远程连接 &gt; VNC）查看画面：蓝屏、“正在进行更新”或卡住的登录界面都能说明原因。重启（第 11 步）通常有帮助。</translation>
    </message>
    <message>
        <source>Needs the cloud&apos;s view of the server: run rdp-doctor diagnose with --cloud alibaba and a read-only AccessKey (the aliyun CLI&apos;s profile or the ALIBABA_CLOUD_* variables), or, with no key, save the JSON output of the aliyun commands in docs/cloud.md and add --cloud-json FILE.</source>
        <translation>需要云端对服务器的信息：用 --cloud alibaba 和一个只读 AccessKey（aliyun CLI 的配置或 ALIBABA_CLOUD_* 环境变量）运行 rdp-doctor diagnose；没有密钥时，把 docs/cloud.md 中 aliyun 命令的 JSON 输出保存下来，再加上 --cloud-json 文件。</translation>
    </message>
    <message>
        <source>The cloud data (imported or read from the API) does not contain this fact.</source>
        <translation>云端数据（导入的或通过 API 读取的）中没有这一项信息。</translation>
    </message>
    <message>
        <source>The console screenshot is only read with an AccessKey (--cloud alibaba without --cloud-json); without one, look at the console&apos;s VNC.</source>
        <translation>只有使用 AccessKey（--cloud alibaba，且不带 --cloud-json）时才会读取控制台截图；没有密钥时，请查看控制台的 VNC。</translation>
    </message>
    <message>
        <source>No console screenshot: instance %1 is %2, not Running.</source>
        <translation>没有控制台截图：实例 %1 的状态为 %2，不是“运行中”。</translation>
    </message>
    <message>
        <source>The console screenshot could not be read: %1</source>
        <translation>无法读取控制台截图：%1</translation>
    </message>
    <message>
        <source>Console screenshot taken at %1 (%2×%3): it shows what Windows shows right now — a logon screen, &quot;Working on updates&quot; or a blue screen.</source>
        <translation>已在 %1 截取控制台截图（%2×%3）：它显示 Windows 此刻的画面——登录界面、“正在进行更新”或蓝屏。</translation>
    </message>
    <message>
        <source>What does the instance&apos;s console show?</source>
        <translation>实例的控制台显示的是什么？</translation>
    </message>
    <message>
        <source>Open the console&apos;s VNC (ECS console &gt; the instance &gt; Connect &gt; VNC) to see the screen yourself; rdp-doctor cloud screenshot HOST --cloud alibaba --out screen.jpg saves it to a file.</source>
        <translation>打开控制台的 VNC（ECS 控制台 &gt; 该实例 &gt; 远程连接 &gt; VNC）亲自查看画面；rdp-doctor cloud screenshot 主机 --cloud alibaba --out screen.jpg 可把截图保存为文件。</translation>
    </message>
    <message>
        <source>This computer sends from %1, a private address: a router translates it, so the server sees the router&apos;s public address. A &quot;what is my IP&quot; web page shows it.</source>
        <translation>这台电脑发出连接时用的地址是 %1，这是一个内网地址：路由器会把它转换成路由器自己的公网地址，所以服务器看到的是路由器的公网地址。用浏览器打开任意“查看我的 IP”网页即可看到它。</translation>
    </message>
    <message>
        <source>This computer sends from %1, an address of your Internet provider&apos;s shared NAT (100.64.0.0/10): the server sees the provider&apos;s public address. A &quot;what is my IP&quot; web page shows it.</source>
        <translation>这台电脑发出连接时用的地址是 %1，属于宽带运营商的共享 NAT 地址段（100.64.0.0/10）：服务器看到的是运营商的公网地址。用浏览器打开任意“查看我的 IP”网页即可看到它。</translation>
    </message>
    <message>
        <source>(%1 is this computer&apos;s own address: no router translates it. If the server sees another address, type that one.)</source>
        <translation>（%1 是这台电脑自己的地址，中间没有路由器做地址转换。如果服务器看到的是别的地址，请填写那个地址。）</translation>
    </message>
</context>
<context>
    <name>CloudCommand</name>
    <message>
        <source>Nothing was done: there is no terminal to answer on. Read the plan above, then run the same command in a terminal, or add --yes to agree to it in a script.</source>
        <translation>未执行任何操作：没有可以回答问题的终端。请阅读上面的计划，然后在终端中运行同一命令，或在脚本中加上 --yes 表示同意。</translation>
    </message>
    <message>
        <source>Do this now?</source>
        <translation>现在执行吗？</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未执行任何操作。</translation>
    </message>
    <message>
        <source>Nothing was done. To restart normally, run it again without --force-stop.</source>
        <translation>未执行任何操作。如需正常重启，请去掉 --force-stop 再运行一次。</translation>
    </message>
    <message>
        <source>The restart was already sent; it cannot be called back.</source>
        <translation>重启请求已经发出，无法撤回。</translation>
    </message>
    <message>
        <source>Console screenshot of %1 taken at %2 (%3×%4) saved to %5.</source>
        <translation>%1 的控制台截图（拍摄于 %2，%3×%4）已保存到 %5。</translation>
    </message>
    <message>
        <source>Cloud Assistant: %1</source>
        <translation>云助手：%1</translation>
    </message>
    <message>
        <source>What the server printed:</source>
        <translation>服务器输出的内容：</translation>
    </message>
    <message>
        <source>Evidence from inside %1 saved to %2.</source>
        <translation>来自 %1 内部的证据已保存到 %2。</translation>
    </message>
    <message>
        <source>Finding the system disk…</source>
        <translation>正在查找系统盘…</translation>
    </message>
    <message>
        <source>Snapshot %1: %2%</source>
        <translation>快照 %1：%2%</translation>
    </message>
    <message>
        <source>Sending the restart…</source>
        <translation>正在发送重启请求…</translation>
    </message>
    <message>
        <source>Training lab: this is a pretend cloud on this computer; nothing real is changed.</source>
        <translation>培训实验室：这是这台电脑上的模拟云端，不会改动任何真实的东西。</translation>
    </message>
    <message>
        <source>The lab scenario %1 has no pretend cloud; use one of the cloud-… scenarios (see --list-lab).</source>
        <translation>实验场景 %1 没有模拟云端；请使用 cloud-… 开头的场景之一（见 --list-lab）。</translation>
    </message>
</context>
<context>
    <name>CloudCredentials</name>
    <message>
        <source>No Alibaba Cloud AccessKey was found (no ~/.aliyun/config.json profile and no ALIBABA_CLOUD_ACCESS_KEY_ID). Run &quot;aliyun configure&quot;, set the environment variables, or use the no-key path: run the aliyun commands shown and import their JSON output.</source>
        <translation>没有找到阿里云 AccessKey（没有 ~/.aliyun/config.json 配置，也没有 ALIBABA_CLOUD_ACCESS_KEY_ID）。请运行“aliyun configure”、设置环境变量，或者使用无密钥方式：运行列出的 aliyun 命令并导入其 JSON 输出。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 could not be read as JSON. Run &quot;aliyun configure list&quot; to check it, or set ALIBABA_CLOUD_IGNORE_PROFILE=TRUE and use environment variables.</source>
        <translation>无法以 JSON 格式读取 aliyun CLI 配置文件 %1。请运行“aliyun configure list”检查，或设置 ALIBABA_CLOUD_IGNORE_PROFILE=TRUE 并改用环境变量。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not in the aliyun CLI configuration. Check the name with &quot;aliyun configure list&quot;.</source>
        <translation>aliyun CLI 配置中没有名为“%1”的配置。请用“aliyun configure list”核对名称。</translation>
    </message>
    <message>
        <source>The profile uses the mode %1, which RDP Doctor does not read. Use a profile of mode AK or StsToken, or set ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS) in the environment.</source>
        <translation>该配置使用 %1 模式，RDP Doctor 不读取这种模式。请使用 AK 或 StsToken 模式的配置，或在环境变量中设置 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET（STS 还需 ALIBABA_CLOUD_SECURITY_TOKEN）。</translation>
    </message>
    <message>
        <source>The credentials from %1 are incomplete: an AccessKey ID needs its secret, and an STS profile its security token. Complete them with &quot;aliyun configure&quot; or the environment variables.</source>
        <translation>来自 %1 的凭证不完整：AccessKey ID 需要对应的 Secret，STS 配置还需要安全令牌（SecurityToken）。请用“aliyun configure”或环境变量补全。</translation>
    </message>
</context>
<context>
    <name>CloudImport</name>
    <message>
        <source>%1 is larger than 8 MB; it is not the output of an aliyun command. Import the output of one command per file.</source>
        <translation>%1 大于 8 MB，不是 aliyun 命令的输出。请每个文件只导入一条命令的输出。</translation>
    </message>
    <message>
        <source>%1 is not complete JSON (cut off or not JSON at all). Run the aliyun command again and copy its whole output, from the first &quot;{&quot; to the last &quot;}&quot;.</source>
        <translation>%1 不是完整的 JSON（被截断，或根本不是 JSON）。请重新运行 aliyun 命令，并复制完整输出：从第一个“{”到最后一个“}”。</translation>
    </message>
    <message>
        <source>%1 holds monitoring data, but the answer does not say which metric. Save it under the metric&apos;s name, e.g. CPUUtilization.json.</source>
        <translation>%1 是监控数据，但返回内容没有说明是哪个指标。请以指标名保存文件，例如 CPUUtilization.json。</translation>
    </message>
    <message>
        <source>%1 is not the output of DescribeInstanceAttribute, DescribeInstances, DescribeSecurityGroupAttribute, DescribeMetricList or DescribeCloudAssistantStatus. Check which command produced it.</source>
        <translation>%1 不是 DescribeInstanceAttribute、DescribeInstances、DescribeSecurityGroupAttribute、DescribeMetricList 或 DescribeCloudAssistantStatus 的输出。请确认它是哪条命令生成的。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>I logged in through the cloud console&apos;s remote connection (VNC)</source>
        <translation>我已通过云控制台的远程连接（VNC）登录</translation>
    </message>
    <message>
        <source>The console shows the instance as running and the desktop responds</source>
        <translation>控制台显示实例“运行中”，且桌面有响应</translation>
    </message>
    <message>
        <source>I typed the right user name and password (checked Caps Lock and keyboard layout)</source>
        <translation>我输入的用户名和密码正确（已检查 Caps Lock 和键盘布局）</translation>
    </message>
    <message>
        <source>I restarted the instance after resetting the password</source>
        <translation>重置密码后，我已重启实例</translation>
    </message>
    <message>
        <source>The security group has an inbound rule for the Remote Desktop port from my IP address</source>
        <translation>安全组中有一条入方向规则，允许我的 IP 地址访问远程桌面端口</translation>
    </message>
    <message>
        <source>Both PortNumber registry values hold the same port, between 1 and 65535</source>
        <translation>注册表中两处 PortNumber 的值是同一个端口，且在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>I connect with &quot;address:port&quot; when the port is not 3389</source>
        <translation>端口不是 3389 时，我用“地址:端口”的格式连接</translation>
    </message>
    <message>
        <source>Remote connections are allowed in System Properties, Remote tab</source>
        <translation>已在“系统属性 → 远程”选项卡中允许远程连接</translation>
    </message>
    <message>
        <source>System Configuration (msconfig) is set to Normal startup and I restarted</source>
        <translation>系统配置（msconfig）已设为“正常启动”，并且我已重启</translation>
    </message>
    <message>
        <source>I tried from another network (for example a phone hotspot)</source>
        <translation>我已换一个网络试过（例如手机热点）</translation>
    </message>
    <message>
        <source>I pinged the server and noted whether it answered</source>
        <translation>我已 ping 过服务器，并记下了它是否有响应</translation>
    </message>
    <message>
        <source>CPU usage is normal (no Windows Update or other process using it all)</source>
        <translation>CPU 使用率正常（没有 Windows 更新或其他进程占满 CPU）</translation>
    </message>
    <message>
        <source>The instance has public bandwidth (not 0 or 1 kbit/s) and it is paid for</source>
        <translation>实例有公网带宽（不是 0 或 1 kbit/s），且没有欠费</translation>
    </message>
    <message>
        <source>Memory is sufficient; Event Viewer shows no low-memory warnings</source>
        <translation>内存充足，事件查看器中没有内存不足的警告</translation>
    </message>
    <message>
        <source>The &quot;Remote Desktop - User Mode (TCP-In)&quot; firewall rule is enabled</source>
        <translation>防火墙规则“远程桌面 - 用户模式(TCP-In)”已启用</translation>
    </message>
    <message>
        <source>I checked the firewall settings of the domain, private and public profiles</source>
        <translation>我已检查域、专用和公用三个配置文件的防火墙设置</translation>
    </message>
    <message>
        <source>No IP security policy is assigned, or it allows Remote Desktop</source>
        <translation>没有分配 IP 安全策略，或者该策略允许远程桌面</translation>
    </message>
    <message>
        <source>I set the RDP-Tcp security layer to RDP Security Layer, then disabled and re-enabled the connection</source>
        <translation>我已将 RDP-Tcp 的安全层设为“RDP 安全层”，然后禁用并重新启用了该连接</translation>
    </message>
    <message>
        <source>The RDP-Tcp connection is enabled and the port is listening</source>
        <translation>RDP-Tcp 连接已启用，端口正在监听</translation>
    </message>
    <message>
        <source>Remote Desktop licensing is configured, or the Session Host role is not installed</source>
        <translation>已配置远程桌面授权，或者未安装会话主机角色</translation>
    </message>
    <message>
        <source>My IP address is not on a blacklist of the server&apos;s security software</source>
        <translation>我的 IP 地址不在服务器安全软件的黑名单中</translation>
    </message>
    <message>
        <source>The security software is updated to the latest version, or removed</source>
        <translation>安全软件已更新到最新版本，或已卸载</translation>
    </message>
    <message>
        <source>I took a snapshot of the instance&apos;s disks</source>
        <translation>我已为实例的磁盘创建快照</translation>
    </message>
    <message>
        <source>I restarted the instance from the cloud console</source>
        <translation>我已在云控制台重启实例</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>Does the server&apos;s name resolve to an address?</source>
        <translation>服务器域名能否解析出地址？</translation>
    </message>
    <message>
        <source>Not checked: the address is not valid.</source>
        <translation>未检查：地址无效。</translation>
    </message>
    <message>
        <source>You entered an IP address, so no name lookup is needed.</source>
        <translation>您输入的是 IP 地址，无需域名解析。</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3 ms).</source>
        <translation>%1 解析为 %2（%3 毫秒）。</translation>
    </message>
    <message>
        <source>The name %1 does not exist: check it for typos.</source>
        <translation>域名 %1 不存在，请检查是否有拼写错误。</translation>
    </message>
    <message>
        <source>The name %1 exists but has no address.</source>
        <translation>域名 %1 存在，但没有对应的地址。</translation>
    </message>
    <message>
        <source>The name could not be looked up: your DNS server did not answer or failed.</source>
        <translation>无法解析该域名：您的 DNS 服务器没有响应或解析失败。</translation>
    </message>
    <message>
        <source>Copy the server&apos;s public IP address from the cloud console&apos;s instance list and use it instead of the name. If you must use the name, ask whoever manages the domain to add its A record.</source>
        <translation>请从云控制台的实例列表中复制服务器的公网 IP 地址，用它代替域名连接。如果必须使用域名，请联系域名管理员添加对应的 A 记录。</translation>
    </message>
    <message>
        <source>This computer could not reach a DNS server. Check your network connection, or enter the server&apos;s public IP address instead of its name.</source>
        <translation>本机无法连接 DNS 服务器。请检查网络连接，或直接输入服务器的公网 IP 地址代替域名。</translation>
    </message>
</context>
<context>
    <name>ErrorLookup</name>
    <message>
        <source>RDP Doctor does not recognise this message. Copy the whole text of the Remote Desktop dialog, including the lines &quot;Error code:&quot; and &quot;Extended error code:&quot; (click &quot;Show details&quot; if there is such a button), and paste it here. Then run the diagnosis: the checks do not depend on the message.</source>
        <translation>RDP Doctor 无法识别此错误信息。请复制远程桌面对话框的全部文字，包括“错误代码:”和“扩展错误代码:”这两行（如果有“显示详细信息”按钮，请先点击它），然后粘贴到这里。之后请运行诊断：各项检测并不依赖于错误信息。</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>The evidence ends too early: only part of it was copied. Copy the whole output of the script, from the first { to the last }, or use the file it saved.</source>
        <translation>证据内容不完整，只复制了一部分。请复制脚本的全部输出（从第一个 { 到最后一个 }），或者使用脚本保存的文件。</translation>
    </message>
    <message>
        <source>The evidence is damaged at line %1, column %2 (%3). Copy it again, or use the file the script saved.</source>
        <translation>证据在第 %1 行第 %2 列处已损坏（%3）。请重新复制，或者使用脚本保存的文件。</translation>
    </message>
    <message>
        <source>This is not evidence from RDP Doctor&apos;s script: it is not a JSON object.</source>
        <translation>这不是 RDP Doctor 脚本生成的证据：内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not evidence from RDP Doctor&apos;s script (the &quot;schema&quot; field is missing or different).</source>
        <translation>这不是 RDP Doctor 脚本生成的证据（“schema”字段缺失或不匹配）。</translation>
    </message>
    <message>
        <source>The evidence has no valid &quot;schema_version&quot;.</source>
        <translation>证据中没有有效的“schema_version”。</translation>
    </message>
    <message>
        <source>The evidence uses format version %1, but this version of RDP Doctor reads version %2. Use the script that comes with this RDP Doctor (Step 1 shows it).</source>
        <translation>证据的格式版本为 %1，但当前版本的 RDP Doctor 只能读取版本 %2。请使用本 RDP Doctor 自带的脚本（见第 1 步）。</translation>
    </message>
    <message>
        <source>The evidence is missing when it was collected, or a header field is damaged.</source>
        <translation>证据中缺少采集时间，或者某个头部字段已损坏。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the evidence has the wrong type.</source>
        <translation>证据中字段“%1”的类型不正确。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the evidence has the wrong type. The file may have been edited by hand; collect it again with the script.</source>
        <translation>证据中字段“%1”的类型不正确。文件可能被手动修改过，请用脚本重新采集。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2 of group %3) is never used in codes. Codes use the digits 0-9 and the letters A-Z except I, L, O and U.</source>
        <translation>代码中不会出现“%1”（第 %3 组第 %2 个字符）。代码只使用数字 0-9 和除 I、L、O、U 以外的字母 A-Z。</translation>
    </message>
    <message>
        <source>The code has %1 letters and digits, but a complete code has %2 (&quot;R1&quot; and six groups). Check for a missing or extra group.</source>
        <translation>该代码有 %1 个字母和数字，而完整的代码应有 %2 个（“R1”加六组）。请检查是否少输或多输了一组。</translation>
    </message>
    <message>
        <source>This does not look like an RDP Doctor code: a code starts with R1.</source>
        <translation>这看起来不是 RDP Doctor 的代码：代码应以 R1 开头。</translation>
    </message>
    <message>
        <source>This code was made by a different version of the script (R%1). Use the script that comes with this RDP Doctor, or send the JSON file instead.</source>
        <translation>该代码由另一个版本的脚本生成（R%1）。请使用本 RDP Doctor 自带的脚本，或者改用 JSON 文件。</translation>
    </message>
    <message>
        <source>The code has a typo: characters %1 and %2 of group %3 seem to be swapped. Compare them with the screen and type the code again.</source>
        <translation>代码有输入错误：第 %3 组的第 %1 个和第 %2 个字符似乎颠倒了。请对照屏幕上的内容重新输入代码。</translation>
    </message>
    <message>
        <source>The code has a typo: character %1 of group %2 (&quot;%3&quot;) seems wrong. Compare it with the screen and type it again.</source>
        <translation>代码有输入错误：第 %2 组的第 %1 个字符（“%3”）似乎不对。请对照屏幕上的内容重新输入。</translation>
    </message>
    <message>
        <source>The code has a typo in group %1 or more than one mistake. Compare each group with the screen and type the code again.</source>
        <translation>代码的第 %1 组有输入错误，或者错误不止一处。请逐组对照屏幕上的内容，重新输入代码。</translation>
    </message>
    <message>
        <source>The code does not add up: there is more than one mistake. Compare each group with the screen and type the code again.</source>
        <translation>代码校验未通过：错误不止一处。请逐组对照屏幕上的内容，重新输入代码。</translation>
    </message>
    <message>
        <source>The evidence is larger than 5 MB, so it cannot be evidence from the RDP Doctor script. Choose the .json file the script saved.</source>
        <translation>证据超过 5 MB，不可能是 RDP Doctor 脚本生成的证据。请选择脚本保存的 .json 文件。</translation>
    </message>
    <message>
        <source>The evidence is empty.</source>
        <translation>证据内容为空。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 5 MB, so it cannot be evidence from the RDP Doctor script.</source>
        <translation>文件 %1 超过 5 MB，不可能是 RDP Doctor 脚本生成的证据。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not in a text encoding RDP Doctor reads (save it as UTF-8).</source>
        <translation>RDP Doctor 无法识别文件 %1 的文本编码（请将其另存为 UTF-8）。</translation>
    </message>
    <message>
        <source>Type the code the script printed, starting with R1.</source>
        <translation>请输入脚本显示的代码（以 R1 开头）。</translation>
    </message>
    <message>
        <source>This is much longer than a code. Paste the JSON text instead, or type only the code.</source>
        <translation>内容比代码长得多。请改为粘贴 JSON 文本，或者只输入代码。</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>没有粘贴任何内容。</translation>
    </message>
    <message>
        <source>The pasted text is larger than 5 MB, so it cannot be evidence from the RDP Doctor script.</source>
        <translation>粘贴的文本超过 5 MB，不可能是 RDP Doctor 脚本生成的证据。</translation>
    </message>
    <message>
        <source>The file %1 is empty: the collection script&apos;s output did not reach it (the script stopped early, or the file was saved before it finished). Run the script again in the console and import the file it names at the end (&quot;Evidence saved to: ...&quot;), or paste the code it prints.</source>
        <translation>文件 %1 是空的：收集脚本的输出没有写进去（脚本提前停止了，或者文件在脚本结束前就被保存）。请在控制台中重新运行脚本，然后导入它最后提示的文件（“Evidence saved to: ...”），或者粘贴它输出的代码。</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The evidence collector script (read only)</source>
        <translation>证据收集脚本（只读）</translation>
    </message>
    <message>
        <source>Text of the evidence collector script</source>
        <translation>证据收集脚本的内容</translation>
    </message>
</context>
<context>
    <name>GuestChecks</name>
    <message>
        <source>Needs facts from inside the server: on step 1, run the collection script in the cloud console (VNC or run-command) and import its file, its text or its code.</source>
        <translation>需要服务器内部的信息：请在第 1 步中，通过云控制台（VNC 或运行命令功能）运行采集脚本，然后导入它生成的文件、文本或代码。</translation>
    </message>
    <message>
        <source>The evidence from the server does not contain this fact.</source>
        <translation>服务器提供的证据中没有这项信息。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>Is the account enabled?</source>
        <translation>账户是否已启用？</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <source>The account %1 is disabled (or does not exist): it cannot log on.</source>
        <translation>账户 %1 已被禁用（或不存在），无法登录。</translation>
    </message>
    <message>
        <source>In the cloud console&apos;s VNC session, open Computer Management, Local Users and Groups, and enable the account (or log on with an account that is enabled).</source>
        <translation>在云控制台的 VNC 会话中，打开“计算机管理 → 本地用户和组”，启用该账户（或改用已启用的账户登录）。</translation>
    </message>
    <message>
        <source>Is the account locked out?</source>
        <translation>账户是否已锁定？</translation>
    </message>
    <message>
        <source>The account %1 is locked out after too many wrong passwords.</source>
        <translation>密码输错次数过多，账户 %1 已被锁定。</translation>
    </message>
    <message>
        <source>The account %1 is not locked out.</source>
        <translation>账户 %1 未被锁定。</translation>
    </message>
    <message>
        <source>Unlock it in the VNC session (Computer Management, the account&apos;s properties) or wait for the lockout to expire. Many failed logons usually come from password guessing on the internet: allow the RDP port only from your own IP address in the security group.</source>
        <translation>请在 VNC 会话中解锁（计算机管理 → 该账户的属性），或等待锁定自动解除。大量登录失败通常是有人在互联网上猜测密码：请在安全组中只允许您自己的 IP 地址访问 RDP 端口。</translation>
    </message>
    <message>
        <source>Has the password expired?</source>
        <translation>密码是否已过期？</translation>
    </message>
    <message>
        <source>The password of %1 has expired.</source>
        <translation>%1 的密码已过期。</translation>
    </message>
    <message>
        <source>The password of %1 has not expired.</source>
        <translation>%1 的密码未过期。</translation>
    </message>
    <message>
        <source>With Network Level Authentication on, an expired password cannot be changed while connecting. Log on through the VNC console, set a new password, then connect again.</source>
        <translation>开启网络级别身份验证（NLA）时，无法在连接过程中修改已过期的密码。请通过控制台的 VNC 远程连接登录，设置新密码后再重新连接。</translation>
    </message>
    <message>
        <source>Was the password changed since the server started?</source>
        <translation>服务器启动后是否修改过密码？</translation>
    </message>
    <message>
        <source>The password was changed while the server was running (%1): it is already in effect.</source>
        <translation>密码是在服务器运行期间修改的（%1），已经生效。</translation>
    </message>
    <message>
        <source>The password Windows uses was set before the last start (%1). A reset made in the cloud console since then is not applied until the server restarts.</source>
        <translation>Windows 当前使用的密码是在上次启动之前设置的（%1）。此后在云控制台重置的密码，要等服务器重启后才会生效。</translation>
    </message>
    <message>
        <source>The password was last set before the last start (%1). If you reset it in the cloud console after that, restart the server so the reset takes effect.</source>
        <translation>密码最后一次设置是在上次启动之前（%1）。如果之后您在云控制台重置过密码，请重启服务器，使新密码生效。</translation>
    </message>
    <message>
        <source>Your client said the credentials did not work, and Windows still has the password from before the last start. Restart the instance from the cloud console so the new password is applied, then log on with it.</source>
        <translation>您的客户端提示凭据无效，而 Windows 仍在使用上次启动之前的密码。请在云控制台重启实例，使新密码生效，然后用新密码登录。</translation>
    </message>
    <message>
        <source>Are the stored port numbers valid?</source>
        <translation>注册表中保存的端口号是否有效？</translation>
    </message>
    <message>
        <source>A stored PortNumber is %1, which no TCP port can be (1 to 65535): Remote Desktop cannot listen.</source>
        <translation>注册表中的 PortNumber 为 %1，这不是有效的 TCP 端口（应为 1 到 65535），远程桌面无法监听。</translation>
    </message>
    <message>
        <source>The stored port numbers are valid.</source>
        <translation>注册表中保存的端口号有效。</translation>
    </message>
    <message>
        <source>In the VNC session, open the Registry Editor and set PortNumber (as a decimal value) to a free port, for example 3389 or 5588, under both Terminal Server\Wds\rdpwd\Tds\tcp and Terminal Server\WinStations\RDP-Tcp. Allow that port in the security group and restart the server.</source>
        <translation>在 VNC 会话中打开注册表编辑器，在 Terminal Server\Wds\rdpwd\Tds\tcp 和 Terminal Server\WinStations\RDP-Tcp 两处，把 PortNumber（以十进制）设为一个未被占用的端口，例如 3389 或 5588。然后在安全组中放行该端口，并重启服务器。</translation>
    </message>
    <message>
        <source>Do both stored port numbers agree?</source>
        <translation>注册表中两处端口号是否一致？</translation>
    </message>
    <message>
        <source>The two PortNumber values differ (Tds\tcp: %1, RDP-Tcp: %2).</source>
        <translation>两处 PortNumber 的值不同（Tds\tcp：%1，RDP-Tcp：%2）。</translation>
    </message>
    <message>
        <source>Both PortNumber values are %1.</source>
        <translation>两处 PortNumber 的值都是 %1。</translation>
    </message>
    <message>
        <source>Someone changed the port in only one place. Set both PortNumber values to the same port, allow it in the security group and the firewall, and restart the server.</source>
        <translation>有人只改了一处端口。请把两处 PortNumber 设为同一个端口，在安全组和防火墙中放行该端口，然后重启服务器。</translation>
    </message>
    <message>
        <source>Do you connect to the port the server uses?</source>
        <translation>您连接的是服务器实际使用的端口吗？</translation>
    </message>
    <message>
        <source>The server&apos;s Remote Desktop uses port %1, but you connect to port %2.</source>
        <translation>服务器的远程桌面使用端口 %1，但您连接的是端口 %2。</translation>
    </message>
    <message>
        <source>You connect to port %1, the port the server is set to use.</source>
        <translation>您连接的端口 %1 正是服务器设置使用的端口。</translation>
    </message>
    <message>
        <source>Connect as IP:%1 and make sure the security group allows port %1 from your IP address, or change the server back to the port you use.</source>
        <translation>请用“IP:%1”的格式连接，并确认安全组允许您的 IP 地址访问端口 %1；或者把服务器的端口改回您使用的端口。</translation>
    </message>
    <message>
        <source>Does Remote Desktop listen on its port?</source>
        <translation>远程桌面是否在其端口上监听？</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens on port %1.</source>
        <translation>远程桌面服务正在监听端口 %1。</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program (%2), so Remote Desktop cannot use it.</source>
        <translation>端口 %1 被其他程序（%2）占用，远程桌面无法使用该端口。</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on the server.</source>
        <translation>服务器上没有程序在监听端口 %1。</translation>
    </message>
    <message>
        <source>Stop or reconfigure that program, or move Remote Desktop to a free port (both PortNumber values), then restart the server.</source>
        <translation>请停止该程序或修改其配置，或者把远程桌面改到一个未被占用的端口（两处 PortNumber 都要改），然后重启服务器。</translation>
    </message>
    <message>
        <source>Remote Desktop is not accepting connections: check that the service runs (step 4) and that the RDP-Tcp listener is enabled (step 9).</source>
        <translation>远程桌面没有接受连接：请检查远程桌面服务是否在运行（第 4 步），以及 RDP-Tcp 监听是否已启用（第 9 步）。</translation>
    </message>
    <message>
        <source>Does the firewall allow the changed port?</source>
        <translation>防火墙是否放行了修改后的端口？</translation>
    </message>
    <message>
        <source>The port was changed to %1, but the firewall rules still only allow 3389.</source>
        <translation>端口已改为 %1，但防火墙规则仍然只放行 3389。</translation>
    </message>
    <message>
        <source>The firewall rules are not limited to the old port 3389.</source>
        <translation>防火墙规则并不只放行原来的 3389 端口。</translation>
    </message>
    <message>
        <source>The built-in Remote Desktop rules cover port 3389 only. Add an inbound rule in Windows Firewall that allows TCP port %1.</source>
        <translation>内置的远程桌面规则只覆盖 3389 端口。请在 Windows 防火墙中添加一条入站规则，允许 TCP 端口 %1。</translation>
    </message>
    <message>
        <source>Are remote connections allowed?</source>
        <translation>是否允许远程连接？</translation>
    </message>
    <message>
        <source>A group policy switches Remote Desktop off on the server (fDenyTSConnections = 1).</source>
        <translation>组策略关闭了服务器上的远程桌面（fDenyTSConnections = 1）。</translation>
    </message>
    <message>
        <source>Remote Desktop is switched off on the server (fDenyTSConnections = 1).</source>
        <translation>服务器上的远程桌面已关闭（fDenyTSConnections = 1）。</translation>
    </message>
    <message>
        <source>Terminal services are switched off on the server (TSEnabled = 0).</source>
        <translation>服务器上的终端服务已关闭（TSEnabled = 0）。</translation>
    </message>
    <message>
        <source>Logons through the RDP-Tcp connection are switched off (fLogonDisabled = 1).</source>
        <translation>已禁止通过 RDP-Tcp 连接登录（fLogonDisabled = 1）。</translation>
    </message>
    <message>
        <source>Remote connections are allowed.</source>
        <translation>已允许远程连接。</translation>
    </message>
    <message>
        <source>The policy value wins over the System Properties setting: change the policy &quot;Allow users to connect remotely by using Remote Desktop Services&quot; (gpedit.msc) or ask your domain administrator.</source>
        <translation>策略设置优先于“系统属性”中的设置：请在 gpedit.msc 中修改策略“允许用户通过使用远程桌面服务进行远程连接”，或联系您的域管理员。</translation>
    </message>
    <message>
        <source>In the VNC session: System Properties, Remote tab, allow remote connections to this computer.</source>
        <translation>在 VNC 会话中打开“系统属性 → 远程”，选择“允许远程连接到此计算机”。</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service running?</source>
        <translation>远程桌面服务是否在运行？</translation>
    </message>
    <message>
        <source>The Remote Desktop Services service (TermService) is disabled.</source>
        <translation>Remote Desktop Services 服务（TermService）已被禁用。</translation>
    </message>
    <message>
        <source>The Remote Desktop Services service (TermService) is not running.</source>
        <translation>Remote Desktop Services 服务（TermService）未运行。</translation>
    </message>
    <message>
        <source>The Remote Desktop Services service (TermService) is running.</source>
        <translation>Remote Desktop Services 服务（TermService）正在运行。</translation>
    </message>
    <message>
        <source>In the VNC session open Services, set Remote Desktop Services to Manual or Automatic and start it.</source>
        <translation>在 VNC 会话中打开“服务”，将 Remote Desktop Services 的启动类型设为“手动”或“自动”，然后启动该服务。</translation>
    </message>
    <message>
        <source>Were services Remote Desktop needs switched off?</source>
        <translation>远程桌面依赖的服务是否被关闭？</translation>
    </message>
    <message>
        <source>No service Remote Desktop needs is switched off.</source>
        <translation>远程桌面依赖的服务都没有被关闭。</translation>
    </message>
    <message>
        <source>Services Remote Desktop needs were switched off (selective startup).</source>
        <translation>远程桌面依赖的服务被关闭了（有选择的启动）。</translation>
    </message>
    <message>
        <source>Services were switched off compared with a normal Windows start: %1.</source>
        <translation>与 Windows 正常启动相比，以下服务被关闭：%1。</translation>
    </message>
    <message>
        <source>In the VNC session run msconfig, choose Normal startup on the General tab, and restart the server.</source>
        <translation>在 VNC 会话中运行 msconfig，在“常规”选项卡中选择“正常启动”，然后重启服务器。</translation>
    </message>
    <message>
        <source>Is the server&apos;s CPU overloaded?</source>
        <translation>服务器 CPU 是否过载？</translation>
    </message>
    <message>
        <source>CPU load is %1 %.</source>
        <translation>CPU 使用率为 %1%。</translation>
    </message>
    <message>
        <source>CPU load is %1 %, mostly Windows Update (%2).</source>
        <translation>CPU 使用率为 %1%，主要被 Windows 更新占用（%2）。</translation>
    </message>
    <message>
        <source>CPU load is %1 %; the busiest program is %2.</source>
        <translation>CPU 使用率为 %1%，占用最高的程序是 %2。</translation>
    </message>
    <message>
        <source>Windows Update is installing in the background. Let it finish (it can take a while), then try again; do not restart in the middle of it.</source>
        <translation>Windows 更新正在后台安装。请等它完成（可能需要一段时间）后再试，安装过程中不要重启。</translation>
    </message>
    <message>
        <source>An overloaded server answers Remote Desktop too slowly. Stop the busy program, or move to a larger instance type if the load is normal for your work.</source>
        <translation>服务器过载时，响应远程桌面会非常慢。请停止占用资源的程序；如果这是业务的正常负载，请升级到更高配置的实例规格。</translation>
    </message>
    <message>
        <source>Does the server have enough free memory?</source>
        <translation>服务器的可用内存是否充足？</translation>
    </message>
    <message>
        <source>%1 MB of memory is free.</source>
        <translation>可用内存为 %1 MB。</translation>
    </message>
    <message>
        <source>At least %1 MB of memory is free.</source>
        <translation>可用内存至少为 %1 MB。</translation>
    </message>
    <message>
        <source>The server is short of memory: only %1 MB is free.</source>
        <translation>服务器内存不足：可用内存只有 %1 MB。</translation>
    </message>
    <message>
        <source>%1 Windows logged low-memory warnings in the last 24 hours.</source>
        <translation>%1 过去 24 小时内，Windows 记录了内存不足警告。</translation>
    </message>
    <message>
        <source>With too little memory, a session can close right after logon without an error. Close memory-hungry programs, enlarge the page file (virtual memory), or choose an instance type with more memory.</source>
        <translation>内存太少时，会话可能在登录后立即关闭，且不显示任何错误。请关闭占用内存多的程序，增大页面文件（虚拟内存），或选择内存更大的实例规格。</translation>
    </message>
    <message>
        <source>Does Windows Firewall let Remote Desktop in?</source>
        <translation>Windows 防火墙是否放行远程桌面？</translation>
    </message>
    <message>
        <source>A Windows Firewall rule blocks port %1.</source>
        <translation>有一条 Windows 防火墙规则阻止了端口 %1。</translation>
    </message>
    <message>
        <source>A Windows Firewall rule blocks port %1: %2.</source>
        <translation>有一条 Windows 防火墙规则阻止了端口 %1：%2。</translation>
    </message>
    <message>
        <source>Windows Firewall is on and no enabled rule allows port %1.</source>
        <translation>Windows 防火墙已开启，但没有已启用的规则放行端口 %1。</translation>
    </message>
    <message>
        <source>Windows Firewall is off, so it does not block Remote Desktop.</source>
        <translation>Windows 防火墙已关闭，不会阻止远程桌面。</translation>
    </message>
    <message>
        <source>Windows Firewall allows port %1.</source>
        <translation>Windows 防火墙放行了端口 %1。</translation>
    </message>
    <message>
        <source>A block rule wins over allow rules. Disable or delete it in Windows Firewall with Advanced Security, Inbound Rules.</source>
        <translation>阻止规则优先于允许规则。请在“高级安全 Windows 防火墙 → 入站规则”中禁用或删除该规则。</translation>
    </message>
    <message>
        <source>In Windows Firewall with Advanced Security, Inbound Rules, enable &quot;Remote Desktop - User Mode (TCP-In)&quot;, or add a rule for the port if it was changed. Keep the firewall on.</source>
        <translation>请在“高级安全 Windows 防火墙 → 入站规则”中启用“远程桌面 - 用户模式(TCP-In)”；如果改过端口，请为该端口添加一条规则。请不要关闭防火墙。</translation>
    </message>
    <message>
        <source>Is there an IP security policy?</source>
        <translation>是否存在 IP 安全策略？</translation>
    </message>
    <message>
        <source>No IP security policy or rule that requires IPsec is active.</source>
        <translation>没有生效的 IP 安全策略，也没有要求 IPsec 的规则。</translation>
    </message>
    <message>
        <source>An IP security policy is active and can drop Remote Desktop traffic.</source>
        <translation>有 IP 安全策略正在生效，可能会丢弃远程桌面流量。</translation>
    </message>
    <message>
        <source>An IP security policy is active and can drop Remote Desktop traffic: %1.</source>
        <translation>有 IP 安全策略正在生效，可能会丢弃远程桌面流量：%1。</translation>
    </message>
    <message>
        <source>Such a policy drops connections without any answer, which looks like a timeout. In Local Security Policy, IP Security Policies, un-assign or delete it, or allow the Remote Desktop port in it.</source>
        <translation>这类策略会直接丢弃连接、不作任何响应，看起来就像超时。请在“本地安全策略 → IP 安全策略”中取消分配或删除该策略，或在策略中放行远程桌面端口。</translation>
    </message>
    <message>
        <source>Is the RDP-Tcp connection enabled?</source>
        <translation>RDP-Tcp 连接是否已启用？</translation>
    </message>
    <message>
        <source>The RDP-Tcp connection is enabled.</source>
        <translation>RDP-Tcp 连接已启用。</translation>
    </message>
    <message>
        <source>The RDP-Tcp connection is disabled, so nothing listens for Remote Desktop.</source>
        <translation>RDP-Tcp 连接已被禁用，因此没有程序监听远程桌面连接。</translation>
    </message>
    <message>
        <source>Enable the RDP-Tcp connection (Remote Desktop Session Host Configuration, or fEnableWinStation = 1 under WinStations\RDP-Tcp), then restart the Remote Desktop service.</source>
        <translation>请启用 RDP-Tcp 连接（在远程桌面会话主机配置中操作，或将 WinStations\RDP-Tcp 下的 fEnableWinStation 设为 1），然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>Are the security settings of RDP-Tcp valid?</source>
        <translation>RDP-Tcp 的安全设置是否有效？</translation>
    </message>
    <message>
        <source>SecurityLayer, UserAuthentication and MinEncryptionLevel hold valid values.</source>
        <translation>SecurityLayer、UserAuthentication 和 MinEncryptionLevel 的值均有效。</translation>
    </message>
    <message>
        <source>These settings hold values Windows does not accept: %1. Connections are dropped at once.</source>
        <translation>以下设置的值 Windows 不接受：%1。连接会被立即断开。</translation>
    </message>
    <message>
        <source>Valid values: SecurityLayer 0, 1 or 2; UserAuthentication 0 or 1; MinEncryptionLevel 1 to 4. Correct them under WinStations\RDP-Tcp (and in the Terminal Services policy key if set there), then restart the Remote Desktop service.</source>
        <translation>有效值：SecurityLayer 为 0、1 或 2；UserAuthentication 为 0 或 1；MinEncryptionLevel 为 1 到 4。请在 WinStations\RDP-Tcp 下改正这些值（如果 Terminal Services 策略项中也有设置，也要改正），然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>Is the Remote Desktop certificate usable?</source>
        <translation>远程桌面证书是否可用？</translation>
    </message>
    <message>
        <source>The Remote Desktop certificate expired on %1.</source>
        <translation>远程桌面证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The Remote Desktop certificate has no private key, so TLS cannot work.</source>
        <translation>远程桌面证书没有私钥，TLS 无法工作。</translation>
    </message>
    <message>
        <source>RDP-Tcp is set to use a certificate (%1) that is not installed.</source>
        <translation>RDP-Tcp 设置使用的证书（%1）并未安装。</translation>
    </message>
    <message>
        <source>The Remote Desktop certificate is present, has its private key and has not expired.</source>
        <translation>远程桌面证书存在、带有私钥，且未过期。</translation>
    </message>
    <message>
        <source>Quick way back in: set the RDP-Tcp security layer to RDP Security Layer, then disable and enable the connection. Lasting fix: delete the broken certificate from the Remote Desktop store (and the pinned SSLCertificateSHA1Hash value) and restart the Remote Desktop service so Windows creates a new one.</source>
        <translation>快速恢复访问：将 RDP-Tcp 的安全层设为“RDP 安全层”，然后禁用并重新启用该连接。彻底解决：从证书的“远程桌面”存储中删除损坏的证书（以及固定指定证书的 SSLCertificateSHA1Hash 值），然后重启远程桌面服务，Windows 会生成新证书。</translation>
    </message>
    <message>
        <source>Is Remote Desktop licensing in order?</source>
        <translation>远程桌面授权是否正常？</translation>
    </message>
    <message>
        <source>The Remote Desktop Session Host role is not installed: the two built-in administrator sessions need no licence.</source>
        <translation>未安装远程桌面会话主机角色：内置的两个管理员会话不需要许可证。</translation>
    </message>
    <message>
        <source>A Remote Desktop licence server is configured: %1.</source>
        <translation>已配置远程桌面许可证服务器：%1。</translation>
    </message>
    <message>
        <source>The Session Host role is installed without a licence server; it works only during the grace period.</source>
        <translation>已安装会话主机角色，但未配置许可证服务器，只能在宽限期内使用。</translation>
    </message>
    <message>
        <source>The Session Host role is installed without a licence server; the grace period ends in %1 days.</source>
        <translation>已安装会话主机角色，但未配置许可证服务器，宽限期将在 %1 天后结束。</translation>
    </message>
    <message>
        <source>The Session Host role is installed, the licensing grace period is over and no licence server is set.</source>
        <translation>已安装会话主机角色，授权宽限期已结束，且未设置许可证服务器。</translation>
    </message>
    <message>
        <source>Connect with &quot;mstsc /admin&quot; to reach the server anyway, then either configure a Remote Desktop licence server with licences or remove the Remote Desktop Session Host role if you do not need more than two sessions.</source>
        <translation>请先用“mstsc /admin”连接到服务器，然后配置一台有可用许可证的远程桌面许可证服务器；如果您不需要两个以上的会话，也可以删除远程桌面会话主机角色。</translation>
    </message>
    <message>
        <source>May the account log on through Remote Desktop?</source>
        <translation>该账户是否有权通过远程桌面登录？</translation>
    </message>
    <message>
        <source>%1 may log on through Remote Desktop.</source>
        <translation>%1 有权通过远程桌面登录。</translation>
    </message>
    <message>
        <source>%1 is neither an administrator nor a member of Remote Desktop Users with the right to log on remotely.</source>
        <translation>%1 既不是管理员，也不是具有远程登录权限的 Remote Desktop Users 组成员。</translation>
    </message>
    <message>
        <source>Add the account to the Remote Desktop Users group (Computer Management, Local Users and Groups), and make sure &quot;Allow log on through Remote Desktop Services&quot; includes Administrators and Remote Desktop Users.</source>
        <translation>请在“计算机管理 → 本地用户和组”中把该账户加入 Remote Desktop Users 组（远程桌面用户组），并确认“允许通过远程桌面服务登录”中包含 Administrators 和 Remote Desktop Users。</translation>
    </message>
    <message>
        <source>Does a policy deny Remote Desktop logons?</source>
        <translation>是否有策略拒绝远程桌面登录？</translation>
    </message>
    <message>
        <source>No policy denies Remote Desktop logons to you.</source>
        <translation>没有策略拒绝您通过远程桌面登录。</translation>
    </message>
    <message>
        <source>&quot;Deny log on through Remote Desktop Services&quot; applies to you: %1.</source>
        <translation>“拒绝通过远程桌面服务登录”对您生效：%1。</translation>
    </message>
    <message>
        <source>The deny right wins over every allow. In Local Security Policy, User Rights Assignment, remove the account or group from &quot;Deny log on through Remote Desktop Services&quot; (a domain policy may set it again).</source>
        <translation>拒绝权限优先于所有允许设置。请在“本地安全策略 → 用户权限分配”中，将该账户或组从“拒绝通过远程桌面服务登录”中删除（域策略可能会重新设置它）。</translation>
    </message>
    <message>
        <source>Is third-party security software installed?</source>
        <translation>是否安装了第三方安全软件？</translation>
    </message>
    <message>
        <source>No known third-party security software was found.</source>
        <translation>未发现已知的第三方安全软件。</translation>
    </message>
    <message>
        <source>SafeDog is installed; its firewall can blacklist your IP address.</source>
        <translation>已安装安全狗，它的防火墙可能会把您的 IP 地址加入黑名单。</translation>
    </message>
    <message>
        <source>Third-party security software is installed.</source>
        <translation>已安装第三方安全软件。</translation>
    </message>
    <message>
        <source>Third-party security software is installed: %1.</source>
        <translation>已安装第三方安全软件：%1。</translation>
    </message>
    <message>
        <source>If only your network cannot connect, open SafeDog&apos;s network firewall, remove your public IP address from the super blacklist and add it to the super whitelist. If SafeDog itself shows errors, uninstall it and restart the server.</source>
        <translation>如果只有您所在的网络连不上，请打开安全狗的“网络防火墙”，从“超级黑名单”中删除您的公网 IP 地址，并把它加入“超级白名单”。如果安全狗本身报错，请卸载它并重启服务器。</translation>
    </message>
    <message>
        <source>Security software can block Remote Desktop. Update it, check its firewall or blocked-address list for your IP address, or remove it to test.</source>
        <translation>安全软件可能会拦截远程桌面。请将其更新到最新版本，检查它的防火墙或黑名单中是否有您的 IP 地址，或者先卸载它再测试。</translation>
    </message>
    <message>
        <source>Has the server crashed or restarted unexpectedly?</source>
        <translation>服务器是否崩溃过或意外重启过？</translation>
    </message>
    <message>
        <source>Windows crashed with a blue screen in the last %1 hours and restarted.</source>
        <translation>最近 %1 小时内 Windows 蓝屏崩溃过一次，并已重启。</translation>
    </message>
    <message>
        <source>Windows crashed with a blue screen %1 times in the last %2 hours.</source>
        <translation>最近 %2 小时内 Windows 蓝屏崩溃了 %1 次。</translation>
    </message>
    <message>
        <source>The server restarted %1 times in the last %2 hours without shutting down properly.</source>
        <translation>最近 %2 小时内服务器有 %1 次未正常关机就重启了。</translation>
    </message>
    <message>
        <source>The server restarted once in the last %1 hours without shutting down properly.</source>
        <translation>最近 %1 小时内服务器有一次未正常关机就重启了。</translation>
    </message>
    <message>
        <source>No crash and no unexpected restart in the last %1 hours.</source>
        <translation>最近 %1 小时内没有崩溃，也没有意外重启。</translation>
    </message>
    <message>
        <source>A server that keeps crashing drops every connection and is often not up when you try. Open the cloud console&apos;s remote connection (VNC, step 1) and watch the screen. A blue screen or a restart loop means Windows itself is failing: undo the last change or update, restore a snapshot from before the trouble began, or contact the cloud provider&apos;s support.</source>
        <translation>反复崩溃的服务器会断开所有连接，您尝试连接时它也常常没有启动好。请打开云控制台的远程连接（VNC，第 1 步）查看屏幕。出现蓝屏或反复重启，说明 Windows 本身出了故障：请撤销最近的更改或更新、用故障出现之前的快照恢复，或联系云服务商的技术支持。</translation>
    </message>
    <message>
        <source>One unexpected restart can be a one-off, such as a forced restart or a power cut. If your connection failed around that time, this explains it. If it happens again, watch the server&apos;s screen in the cloud console&apos;s remote connection (VNC, step 1).</source>
        <translation>一次意外重启可能只是偶发，例如被强制重启或断电。如果您的连接正好在那段时间失败，原因就在这里。如果再次发生，请在云控制台的远程连接（VNC，第 1 步）中查看服务器屏幕。</translation>
    </message>
    <message>
        <source>The server is set to port %1, but until it restarts Remote Desktop still listens on port %2, the one you connect to.</source>
        <translation>服务器已设置为端口 %1，但在重启之前，远程桌面仍在您正在连接的端口 %2 上监听。</translation>
    </message>
    <message>
        <source>After the next restart Remote Desktop moves to port %1 and port %2 stops working. Before restarting, allow port %1 in the security group and Windows Firewall, then connect as IP:%1.</source>
        <translation>下次重启后，远程桌面会改用端口 %1，端口 %2 将不再可用。重启之前，请在安全组和 Windows 防火墙中放行端口 %1，之后按 IP:%1 连接。</translation>
    </message>
    <message>
        <source>Remote Desktop is set to port %1 but listens on port %2.</source>
        <translation>远程桌面设置的端口是 %1，实际却在端口 %2 上监听。</translation>
    </message>
    <message>
        <source>The port was changed, but Remote Desktop reads it only when it starts: the new port takes effect after a restart. Take a snapshot, then restart the instance from the cloud console (step 11).</source>
        <translation>端口已经改过，但远程桌面只在启动时读取端口：新端口要重启后才生效。请先创建快照，再从云控制台重启实例（第 11 步）。</translation>
    </message>
    <message>
        <source>The two stored PortNumber values differ. Set both to the same port, allow it in the security group and the firewall, and restart the server.</source>
        <translation>注册表中两处 PortNumber 值不一致。请把两处设为同一个端口，在安全组和防火墙中放行该端口，然后重启服务器。</translation>
    </message>
    <message>
        <source>Is the server waiting for a restart?</source>
        <translation>服务器是否在等待重启？</translation>
    </message>
    <message>
        <source>Remote Desktop is set to port %1 but still listens on port %2: the port was changed, and the change takes effect only after a restart.</source>
        <translation>远程桌面设置的端口是 %1，但仍在端口 %2 上监听：端口已经修改，要重启后才生效。</translation>
    </message>
    <message>
        <source>Windows is waiting for a restart to finish installing updates or other changes.</source>
        <translation>Windows 正在等待重启，以完成更新或其他更改的安装。</translation>
    </message>
    <message>
        <source>No changed Remote Desktop port waits for a restart. Whether Windows waits for a restart after updates was not collected.</source>
        <translation>没有等待重启才生效的远程桌面端口更改。未收集到 Windows 是否因更新而等待重启的信息。</translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation>没有待完成的重启。</translation>
    </message>
    <message>
        <source>Windows reads the Remote Desktop port only when the service starts. Allow port %1 in the security group and Windows Firewall (step 3), take a snapshot, then restart the instance from the cloud console (step 11) and connect as IP:%1.</source>
        <translation>Windows 只在服务启动时读取远程桌面端口。请在安全组和 Windows 防火墙中放行端口 %1（第 3 步），创建快照，再从云控制台重启实例（第 11 步），然后按 IP:%1 连接。</translation>
    </message>
    <message>
        <source>A pending restart alone seldom blocks Remote Desktop, but half-installed updates can make services misbehave. If the other steps found nothing, take a snapshot, then restart the instance from the cloud console (step 11) and give the updates time to finish.</source>
        <translation>仅仅等待重启很少会导致远程桌面连不上，但安装了一半的更新可能让服务工作异常。如果其他步骤都没有发现问题，请创建快照，再从云控制台重启实例（第 11 步），并留出时间让更新完成。</translation>
    </message>
    <message>
        <source>Not checked: the script could not read this fact because it ran without administrator rights. Run the script as administrator (right-click PowerShell → Run as administrator) and import its new file.</source>
        <translation>未检查：脚本没有以管理员身份运行，无法读取这项信息。请以管理员身份运行脚本（右键单击 PowerShell → 以管理员身份运行），然后导入它新生成的文件。</translation>
    </message>
    <message>
        <source>Windows Firewall allows port %1 only from %2 (rule %3).</source>
        <translation>Windows 防火墙只允许来自 %2 的连接访问端口 %1（规则 %3）。</translation>
    </message>
    <message>
        <source>From any other address the firewall drops the connection without an answer. If your public IP address is not in that list, add it in the rule&apos;s Properties, Scope, Remote IP address (or choose Any IP address and limit access in the security group instead).</source>
        <translation>来自其他任何地址的连接都会被防火墙丢弃，而且没有任何回应。如果你的公网 IP 不在这个列表里，请在该规则的“属性”→“作用域”→“远程 IP 地址”里添加它（或者选择“任何 IP 地址”，改用安全组来限制访问）。</translation>
    </message>
</context>
<context>
    <name>IcmpCheck</name>
    <message>
        <source>Does the server answer ping, and how fast?</source>
        <translation>服务器是否响应 ping？速度如何？</translation>
    </message>
    <message>
        <source>Not checked: stopped.</source>
        <translation>未检查：已停止。</translation>
    </message>
    <message>
        <source>Not checked: the server&apos;s address is not known.</source>
        <translation>未检查：服务器地址未知。</translation>
    </message>
    <message>
        <source>Ping could not be tried: this computer does not allow this program to send ping messages.</source>
        <translation>无法尝试 ping：本机不允许本程序发送 ping 消息。</translation>
    </message>
    <message>
        <source>The server did not answer ping (0 of %1). Many cloud servers block ping; this alone is not a problem if the Remote Desktop port answers.</source>
        <translation>服务器没有响应 ping（共 %1 次，0 次响应）。很多云服务器禁 ping；只要远程桌面端口有响应，这本身不是问题。</translation>
    </message>
    <message>
        <source>%1 of %2 pings answered (%3% lost); average %4 ms.</source>
        <translation>%2 次 ping 中有 %1 次响应（丢包 %3%）；平均 %4 毫秒。</translation>
    </message>
    <message>
        <source>The server answers ping, but slowly: average %1 ms (highest %2 ms).</source>
        <translation>服务器响应 ping，但速度较慢：平均 %1 毫秒（最高 %2 毫秒）。</translation>
    </message>
    <message>
        <source>All %1 pings answered: average %2 ms, from %3 to %4 ms, jitter %5 ms.</source>
        <translation>全部 %1 次 ping 均有响应：平均 %2 毫秒，范围 %3 至 %4 毫秒，抖动 %5 毫秒。</translation>
    </message>
    <message>
        <source>Sending ping needs administrator rights on this computer, or the system must allow unprivileged ping. The other checks still work; you can also run &quot;ping&quot; yourself in a terminal.</source>
        <translation>发送 ping 需要本机的管理员权限，或者系统必须允许非特权 ping。其他检查项仍可正常进行；您也可以自己在终端中运行“ping”。</translation>
    </message>
    <message>
        <source>Cloud security groups and Windows Firewall often block ping. If the Remote Desktop port answers, ignore this. If the port does not answer either, the server may be stopped, or all traffic from your network is filtered: compare from another network (step 5).</source>
        <translation>云安全组和 Windows 防火墙经常禁 ping。如果远程桌面端口有响应，可以忽略这一项。如果端口也没有响应，可能是服务器已停止，或者来自您所在网络的所有流量都被过滤了：请换一个网络对比（第 5 步）。</translation>
    </message>
    <message>
        <source>Lost packets make Remote Desktop freeze or disconnect. Try from another network (for example a phone hotspot) to see whether the loss is near you or near the server; the path check shows where replies stop.</source>
        <translation>丢包会导致远程桌面卡顿或断开。换一个网络（例如手机热点）试试，判断丢包发生在您这边还是服务器那边；路径检查会显示回复在哪里中断。</translation>
    </message>
    <message>
        <source>A slow round trip makes the remote desktop feel sluggish. Choose a server region closer to you, or lower the display quality in the Remote Desktop client.</source>
        <translation>往返延迟高会让远程桌面操作迟缓。请选择离您更近的服务器地域，或在远程桌面客户端中降低显示质量。</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>What does the server say about itself?</source>
        <translation>服务器报告了哪些自身信息？</translation>
    </message>
    <message>
        <source>Not checked: the server does not offer Network Level Authentication, so it does not introduce itself.</source>
        <translation>未检查：服务器不提供网络级别身份验证，因此不会报告自身信息。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>The server&apos;s self-introduction could not be read (%1).</source>
        <translation>无法读取服务器报告的自身信息（%1）。</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; (Windows %2) has a clock that is %3 seconds off from this computer&apos;s.</source>
        <translation>服务器“%1”（Windows %2）的时钟与本机相差 %3 秒。</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot; (Windows %2).</source>
        <translation>服务器自称“%1”（Windows %2）。</translation>
    </message>
    <message>
        <source>The clocks of the server and this computer differ by more than five minutes. Domain logons (Kerberos) fail with such a difference, and certificates can look expired or not yet valid. Check this computer&apos;s date, time and time zone first; if they are right, correct the server&apos;s clock (log in through the cloud console and let Windows synchronise its time).</source>
        <translation>服务器与本机的时钟相差超过五分钟。时间相差这么多时，域登录（Kerberos）会失败，证书也可能显示为已过期或尚未生效。请先检查本机的日期、时间和时区；如果都正确，再更正服务器的时钟（通过云控制台登录，让 Windows 同步时间）。</translation>
    </message>
    <message>
        <source>The server offers Network Level Authentication, and before any password is exchanged it tells its name, its domain (&quot;%1&quot;) and its Windows version. Nothing about you was sent to get this. Make sure the name is the server you mean to reach, and log in as a user of that computer or domain.</source>
        <translation>服务器提供网络级别身份验证，并在交换任何密码之前报告了它的名称、域（“%1”）和 Windows 版本。获取这些信息时，没有发送任何关于您的信息。请确认这个名称就是您要连接的服务器，并使用该计算机或该域的用户登录。</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain refused: %1. The key is used for this window only; type it again next time.</source>
        <translation>系统钥匙串拒绝了请求：%1。该密钥只在本窗口中使用；下次请重新输入。</translation>
    </message>
    <message>
        <source>no keychain service is running on this computer (GNOME Keyring or KWallet)</source>
        <translation>这台电脑上没有运行任何钥匙串服务（GNOME 钥匙串或 KWallet）</translation>
    </message>
    <message>
        <source>the keychain was not unlocked</source>
        <translation>钥匙串没有解锁</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>In %1, the required field &quot;%2&quot; is missing.</source>
        <translation>%1 中缺少必填字段“%2”。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has the wrong type: it must be a text in quotes.</source>
        <translation>%1 中字段“%2”的类型不正确：必须是带引号的文本。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has the wrong type: it must be a whole number.</source>
        <translation>%1 中字段“%2”的类型不正确：必须是整数。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has the wrong type: it must be an object { ... }.</source>
        <translation>%1 中字段“%2”的类型不正确：必须是对象 { ... }。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has the wrong type: it must be a list [ ... ].</source>
        <translation>%1 中字段“%2”的类型不正确：必须是列表 [ ... ]。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has the wrong type: it must be true or false.</source>
        <translation>%1 中字段“%2”的类型不正确：必须是 true 或 false。</translation>
    </message>
    <message>
        <source>In %1, the field &quot;%2&quot; has a value that cannot be used. %3</source>
        <translation>%1 中字段“%2”的值无法使用。%3</translation>
    </message>
    <message>
        <source>It must be between %1 and %2.</source>
        <translation>取值必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>It must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>Use &quot;sha256&quot; or &quot;sha1&quot;.</source>
        <translation>请使用“sha256”或“sha1”。</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>最多 64 个字符。</translation>
    </message>
    <message>
        <source>Write it as major.minor.build, for example 10.0.17763.</source>
        <translation>请按“主版本.次版本.内部版本”的格式填写，例如 10.0.17763。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下值之一：%1。</translation>
    </message>
    <message>
        <source>Each entry must be one of: %1.</source>
        <translation>每一项都必须是以下值之一：%1。</translation>
    </message>
    <message>
        <source>Use &quot;ok&quot; or &quot;broken&quot;.</source>
        <translation>请使用“ok”或“broken”。</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>该场景</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB; a scenario file is a few kilobytes. Is it the right file?</source>
        <translation>%1 超过 1 MB，而场景文件通常只有几 KB。请确认文件是否正确。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 行，第 %4 列）。</translation>
    </message>
    <message>
        <source>%1 is not a lab scenario: it must be one JSON object.</source>
        <translation>%1 不是培训实验室场景：内容必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is not a lab scenario: &quot;schema&quot; must be &quot;%2&quot;.</source>
        <translation>%1 不是培训实验室场景：“schema”必须是“%2”。</translation>
    </message>
    <message>
        <source>%1 uses scenario format version %2; this version of RDP Doctor reads version %3.</source>
        <translation>%1 使用的场景格式版本为 %2，而当前版本的 RDP Doctor 只能读取版本 %3。</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, &quot;-&quot; or &quot;_&quot;, for example &quot;tls-broken&quot;.</source>
        <translation>请使用 1 到 64 个小写字母、数字、“-”或“_”，例如“tls-broken”。</translation>
    </message>
    <message>
        <source>Use at most 2000 characters.</source>
        <translation>最多 2000 个字符。</translation>
    </message>
    <message>
        <source>An alternative port that refuses connections is the same as none; leave &quot;alternative&quot; out instead.</source>
        <translation>拒绝连接的备用端口等于没有备用端口；请直接去掉“alternative”。</translation>
    </message>
    <message>
        <source>Give either &quot;base&quot; or &quot;document&quot;, not both.</source>
        <translation>“base”和“document”只能二选一，不能同时指定。</translation>
    </message>
    <message>
        <source>There is no built-in evidence document of that name; use &quot;healthy&quot;.</source>
        <translation>没有该名称的内置证据文档；请使用“healthy”。</translation>
    </message>
    <message>
        <source>The scenario file %1 cannot be read: %2</source>
        <translation>无法读取场景文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no lab scenario &quot;%1&quot;. Known scenarios: %2.</source>
        <translation>没有名为“%1”的培训实验室场景。已知场景：%2。</translation>
    </message>
    <message>
        <source>The accept queue of the filtered port could not be filled.</source>
        <translation>无法填满被过滤端口的连接接受队列。</translation>
    </message>
    <message>
        <source>The lab could not make its test certificate: %1</source>
        <translation>培训实验室无法生成测试证书：%1</translation>
    </message>
    <message>
        <source>The lab could not open its local port: %1</source>
        <translation>培训实验室无法打开本地端口：%1</translation>
    </message>
    <message>
        <source>The scenario&apos;s guest evidence cannot be used: %1</source>
        <translation>场景中的服务器内部证据无法使用：%1</translation>
    </message>
    <message>
        <source>Only a port that accepts connections can pause between them.</source>
        <translation>只有接受连接的端口才能在连接之间暂停。</translation>
    </message>
    <message>
        <source>The lab&apos;s pretend cloud could not listen on 127.0.0.1.</source>
        <translation>实验室的模拟云端无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Give the instance as a JSON object (fields of DescribeInstanceAttribute to change).</source>
        <translation>请以 JSON 对象给出实例（要修改的 DescribeInstanceAttribute 字段）。</translation>
    </message>
    <message>
        <source>Each security group is a DescribeSecurityGroupAttribute answer with a SecurityGroupId.</source>
        <translation>每个安全组都应是带 SecurityGroupId 的 DescribeSecurityGroupAttribute 应答。</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>请使用 true 或 false。</translation>
    </message>
    <message>
        <source>Use a number from 0 to 100.</source>
        <translation>请使用 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Use logon, updating or bluescreen.</source>
        <translation>请使用 logon、updating 或 bluescreen。</translation>
    </message>
</context>
<context>
    <name>LocalCollector</name>
    <message>
        <source>Windows PowerShell was not found on this computer. &quot;Check this computer&quot; only works on Windows; on a server, run the script there and bring the result back.</source>
        <translation>这台电脑上没有找到 Windows PowerShell。“检查这台电脑”只能在 Windows 上使用；如需检查服务器，请在服务器上运行脚本，再把结果带回来。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Windows account name.</source>
        <translation>“%1”不是有效的 Windows 账户名。</translation>
    </message>
    <message>
        <source>The script could not be written to a temporary folder.</source>
        <translation>无法把脚本写入临时文件夹。</translation>
    </message>
    <message>
        <source>Windows PowerShell could not be started: %1</source>
        <translation>无法启动 Windows PowerShell：%1</translation>
    </message>
    <message>
        <source>Stopped: no evidence was collected.</source>
        <translation>已停止：没有收集到证据。</translation>
    </message>
    <message>
        <source>The script stopped with an error (exit code %1). Run RDP Doctor as Administrator and try again; the details show what the script said.</source>
        <translation>脚本出错停止（退出代码 %1）。请以管理员身份运行 RDP Doctor 后重试；详细信息中有脚本输出的内容。</translation>
    </message>
    <message>
        <source>The script finished but saved no evidence file.</source>
        <translation>脚本已运行完毕，但没有保存证据文件。</translation>
    </message>
    <message>
        <source>The script saved a file too large to be evidence.</source>
        <translation>脚本保存的文件太大，不可能是证据文件。</translation>
    </message>
    <message>
        <source>The script&apos;s result could not be read: %1</source>
        <translation>无法读取脚本的结果：%1</translation>
    </message>
    <message numerus="yes">
        <source>The script did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>脚本在 %n 秒内没有运行完，已被停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalNetworkCheck</name>
    <message>
        <source>Is this computer connected to a network?</source>
        <translation>本机是否已连接网络？</translation>
    </message>
    <message>
        <source>No network connection is up on this computer.</source>
        <translation>本机没有任何已连接的网络。</translation>
    </message>
    <message>
        <source>This computer has a network connection (%1) but no route to the internet.</source>
        <translation>本机有网络连接（%1），但没有到互联网的路由。</translation>
    </message>
    <message>
        <source>This computer uses a proxy (%1). Remote Desktop does not go through web proxies.</source>
        <translation>本机使用了代理（%1）。远程桌面不会经过网页代理。</translation>
    </message>
    <message>
        <source>Connected (%1), with a route to the internet.</source>
        <translation>已连接（%1），有到互联网的路由。</translation>
    </message>
    <message>
        <source>Connected (%1), with a route to the internet through %2.</source>
        <translation>已连接（%1），经由 %2 路由到互联网。</translation>
    </message>
    <message>
        <source>Connect this computer to a network first: check the cable or Wi-Fi, and that you can open a web page. If web pages work but this says otherwise, a VPN may be routing traffic its own way.</source>
        <translation>请先将本机连接到网络：检查网线或 Wi-Fi，并确认能打开网页。如果网页能打开但这里仍显示未连接，可能是 VPN 在按自己的方式转发流量。</translation>
    </message>
    <message>
        <source>Web traffic goes through a proxy here. Remote Desktop connects directly, so on a network where only the proxy may reach the internet, the Remote Desktop port is blocked. Ask the network&apos;s administrator, or try from another network.</source>
        <translation>本机的网页流量经过代理。远程桌面是直接连接的，所以在只有代理才能访问互联网的网络中，远程桌面端口会被拦截。请联系网络管理员，或换一个网络试试。</translation>
    </message>
    <message>
        <source>The server is this computer itself, so this computer&apos;s network connection, routes and proxy do not matter for reaching it.</source>
        <translation>服务器就是本机，连接它用不到本机的网络连接、路由和代理，所以它们在这里都没有影响。</translation>
    </message>
</context>
<context>
    <name>Mstsc</name>
    <message>
        <source>The Remote Desktop client (mstsc) exists only on Windows.</source>
        <translation>远程桌面客户端（mstsc）只在 Windows 上有。</translation>
    </message>
    <message>
        <source>Enter a valid server address and port on the first page first.</source>
        <translation>请先在第一页填写正确的服务器地址和端口。</translation>
    </message>
    <message>
        <source>The Remote Desktop client was not found at %1.</source>
        <translation>在 %1 没有找到远程桌面客户端。</translation>
    </message>
    <message>
        <source>The Remote Desktop client (%1) could not be started.</source>
        <translation>远程桌面客户端（%1）无法启动。</translation>
    </message>
</context>
<context>
    <name>NegotiationCheck</name>
    <message>
        <source>Does the port answer as Remote Desktop?</source>
        <translation>端口上响应的是远程桌面吗？</translation>
    </message>
    <message>
        <source>Not checked: the port is not open.</source>
        <translation>未检查：端口未开放。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>The port could not be reached again for the Remote Desktop test.</source>
        <translation>进行远程桌面测试时，无法再次连接到该端口。</translation>
    </message>
    <message>
        <source>The server answers as Remote Desktop and requires Network Level Authentication (NLA).</source>
        <translation>服务器的远程桌面有响应，并要求网络级别身份验证（NLA）。</translation>
    </message>
    <message>
        <source>The server answers as Remote Desktop and offers TLS and Network Level Authentication (NLA).</source>
        <translation>服务器的远程桌面有响应，并提供 TLS 和网络级别身份验证（NLA）。</translation>
    </message>
    <message>
        <source>The server answers as Remote Desktop and requires TLS encryption.</source>
        <translation>服务器的远程桌面有响应，并要求 TLS 加密。</translation>
    </message>
    <message>
        <source>The server answers as Remote Desktop and offers TLS encryption.</source>
        <translation>服务器的远程桌面有响应，并提供 TLS 加密。</translation>
    </message>
    <message>
        <source>The server answers as an old Remote Desktop server that does not negotiate security at all.</source>
        <translation>服务器以旧版远程桌面服务器的方式响应，完全不进行安全协商。</translation>
    </message>
    <message>
        <source>The server answers as Remote Desktop, but only with the old RDP security: it does not offer TLS.</source>
        <translation>服务器的远程桌面有响应，但只支持旧式 RDP 安全：不提供 TLS。</translation>
    </message>
    <message>
        <source>The server refuses secure connections because its certificate is missing or damaged (code 3).</source>
        <translation>服务器因证书缺失或损坏而拒绝安全连接（代码 3）。</translation>
    </message>
    <message>
        <source>The server demands a client certificate, which normal Remote Desktop clients do not have (code 6).</source>
        <translation>服务器要求客户端证书，而普通远程桌面客户端没有这种证书（代码 6）。</translation>
    </message>
    <message>
        <source>The server only accepts Network Level Authentication (NLA) and refused the other requests.</source>
        <translation>服务器只接受网络级别身份验证（NLA），拒绝了其他请求。</translation>
    </message>
    <message>
        <source>The server requires TLS, but it refused every request (code 1).</source>
        <translation>服务器要求 TLS，但拒绝了所有请求（代码 1）。</translation>
    </message>
    <message>
        <source>The server refused TLS and offered nothing else (code 2).</source>
        <translation>服务器拒绝了 TLS，且没有提供其他方式（代码 2）。</translation>
    </message>
    <message>
        <source>The server accepted the connection and at once sent a Remote Desktop disconnect.</source>
        <translation>服务器接受了连接，随即发送了远程桌面断开消息。</translation>
    </message>
    <message>
        <source>The server accepted the connection, then closed it without any answer.</source>
        <translation>服务器接受了连接，随后没有任何响应就关闭了连接。</translation>
    </message>
    <message>
        <source>The port accepts connections, but nothing answered the Remote Desktop request within %1 ms.</source>
        <translation>端口可以连接，但在 %1 毫秒内没有任何程序响应远程桌面请求。</translation>
    </message>
    <message>
        <source>A web server, not Remote Desktop, answers on this port.</source>
        <translation>在这个端口上响应的是网页服务器，而不是远程桌面。</translation>
    </message>
    <message>
        <source>An SSH server, not Remote Desktop, answers on this port.</source>
        <translation>在这个端口上响应的是 SSH 服务器，而不是远程桌面。</translation>
    </message>
    <message>
        <source>A TLS service, not Remote Desktop, answers on this port.</source>
        <translation>在这个端口上响应的是 TLS 服务，而不是远程桌面。</translation>
    </message>
    <message>
        <source>Something that is not Remote Desktop answers on this port.</source>
        <translation>在这个端口上响应的不是远程桌面。</translation>
    </message>
    <message>
        <source>The server answered the Remote Desktop request with error code %1 (%2).</source>
        <translation>服务器对远程桌面请求返回了错误代码 %1（%2）。</translation>
    </message>
    <message>
        <source>Windows says the certificate Remote Desktop uses for TLS is missing or damaged, so it cannot start a secure connection, and newer clients always try TLS first. Fix it on the server (step 9): log in through the cloud console, open the RDP-Tcp properties and set the security layer to &quot;RDP Security Layer&quot;, then disable and enable the connection. Better still, delete the damaged certificate under Remote Desktop in the computer&apos;s certificate store and restart the Remote Desktop service so Windows creates a new one.</source>
        <translation>Windows 报告远程桌面用于 TLS 的证书缺失或已损坏，因此无法建立安全连接，而较新的客户端总是先尝试 TLS。请在服务器上修复（第 9 步）：通过云控制台登录，打开 RDP-Tcp 属性，将安全层设为“RDP 安全层”，然后禁用再启用该连接。更好的做法是：在计算机证书存储的“远程桌面”下删除损坏的证书，并重启远程桌面服务，让 Windows 重新生成一个。</translation>
    </message>
    <message>
        <source>Something on the server takes the connection and drops it before Remote Desktop answers. Usually the RDP-Tcp listener is disabled or broken (step 9), or security software on the server cuts the connection (step 10). A limit on connections from your address can do the same.</source>
        <translation>服务器上有程序接受了连接，但在远程桌面响应之前就把它断开了。通常是 RDP-Tcp 监听被禁用或已损坏（第 9 步），或者服务器上的安全软件切断了连接（第 10 步）。对来自您地址的连接数的限制也会造成同样的现象。</translation>
    </message>
    <message>
        <source>The port is open, but the Remote Desktop service does not reply. The service may be hung or the server overloaded (steps 4 and 6), or a device in between accepts connections without passing them on. Log in through the cloud console and restart the Remote Desktop service, or the server (step 11).</source>
        <translation>端口是开放的，但远程桌面服务没有回复。可能是服务卡死或服务器过载（第 4 步和第 6 步），也可能是中间某个设备接受了连接却没有转发。请通过云控制台登录，重启远程桌面服务，或重启服务器（第 11 步）。</translation>
    </message>
    <message>
        <source>A different program answers on this port, so the port number is probably wrong, or port forwarding sends the connection to the wrong machine. Find the Remote Desktop port on the server (step 3) and connect to that port.</source>
        <translation>在这个端口上响应的是其他程序，所以端口号很可能不对，或者端口转发把连接转到了错误的机器上。请在服务器上查到远程桌面端口（第 3 步），然后连接该端口。</translation>
    </message>
    <message>
        <source>The server ignores security negotiation, as Windows Server 2003 and older do. Current clients may refuse it or warn. Use an older client setting that allows RDP security, or upgrade the server (step 9).</source>
        <translation>服务器忽略安全协商，Windows Server 2003 及更早版本就是这样。当前的客户端可能会拒绝连接或显示警告。请使用允许 RDP 安全的旧版客户端设置，或升级服务器（第 9 步）。</translation>
    </message>
    <message>
        <source>The server is set to the old &quot;RDP Security Layer&quot; only. Clients that insist on TLS or NLA refuse to connect, and the connection is not protected against interception. On the server (step 9), set the security layer of RDP-Tcp to &quot;Negotiate&quot; once its certificate is fine.</source>
        <translation>服务器只设置了旧的“RDP 安全层”。坚持使用 TLS 或 NLA 的客户端会拒绝连接，而且连接无法防止被窃听。待证书正常后，请在服务器上（第 9 步）将 RDP-Tcp 的安全层设为“协商”。</translation>
    </message>
    <message>
        <source>The server only lets in clients that log in before the desktop opens (Network Level Authentication). Current Remote Desktop clients do this on their own. It fails with old clients, when the password has expired or must be changed, or with the &quot;CredSSP encryption oracle&quot; error between patched and unpatched computers. Update the client, or log in through the cloud console and turn off &quot;Allow connections only from computers running Remote Desktop with Network Level Authentication&quot; (step 9).</source>
        <translation>服务器只允许在打开桌面之前先完成登录验证的客户端（网络级别身份验证）。当前的远程桌面客户端会自动完成这一步。以下情况会失败：客户端太旧、密码已过期或必须更改，或者已打补丁和未打补丁的计算机之间出现“CredSSP 加密数据库修正”错误。请更新客户端，或通过云控制台登录并取消勾选“仅允许运行使用网络级别身份验证的远程桌面的计算机连接”（第 9 步）。</translation>
    </message>
    <message>
        <source>The server is set to accept only clients that show their own certificate. Normal clients cannot. On the server (step 9), set the security layer of RDP-Tcp back to &quot;Negotiate&quot;.</source>
        <translation>服务器设置为只接受出示自身证书的客户端，普通客户端做不到。请在服务器上（第 9 步）将 RDP-Tcp 的安全层改回“协商”。</translation>
    </message>
    <message>
        <source>The server only accepts TLS-protected connections. Clients set to the old RDP security cannot connect; leave the client&apos;s security setting at its default. If TLS itself fails, look at the server&apos;s certificate (step 9).</source>
        <translation>服务器只接受受 TLS 保护的连接。设置为旧式 RDP 安全的客户端无法连接；请保持客户端的安全设置为默认值。如果 TLS 本身失败，请检查服务器的证书（第 9 步）。</translation>
    </message>
    <message>
        <source>The server answered with an unusual Remote Desktop error. Check the security settings of RDP-Tcp on the server (step 9).</source>
        <translation>服务器返回了一个不常见的远程桌面错误。请检查服务器上 RDP-Tcp 的安全设置（第 9 步）。</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>--timeout-ms needs a number of milliseconds between 100 and 120000.</source>
        <translation>--timeout-ms 需要一个 100 到 120000 之间的毫秒数。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 后面需要填写一个值。</translation>
    </message>
    <message>
        <source>diagnose --lab needs a scenario, e.g. diagnose --lab healthy (see --list-lab).</source>
        <translation>diagnose --lab 需要指定一个场景，例如 diagnose --lab healthy（用 --list-lab 查看全部场景）。</translation>
    </message>
    <message>
        <source>--format must be one of: text, json, markdown, html, pdf, ticket.</source>
        <translation>--format 只能是以下之一：text, json, markdown, html, pdf, ticket。</translation>
    </message>
    <message>
        <source>explain --format must be text or json.</source>
        <translation>explain 的 --format 只能是 text 或 json。</translation>
    </message>
    <message>
        <source>Unknown option %1 — did you mean %2?</source>
        <translation>未知选项 %1——你是不是想用 %2？</translation>
    </message>
    <message>
        <source>Unknown option %1. See the list of options below.</source>
        <translation>未知选项 %1。请参阅下面的选项列表。</translation>
    </message>
    <message>
        <source>diagnose takes one server address; &quot;%1&quot; is one word too many.</source>
        <translation>diagnose 只接受一个服务器地址；“%1”是多余的。</translation>
    </message>
    <message>
        <source>--cloud: &quot;%1&quot; is not supported; use --cloud alibaba (Alibaba Cloud ECS).</source>
        <translation>--cloud：不支持“%1”；请使用 --cloud alibaba（阿里云 ECS）。</translation>
    </message>
    <message>
        <source>--public-ip: &quot;%1&quot; is not an IP address. Give this computer&apos;s public address, e.g. --public-ip 198.51.100.7.</source>
        <translation>--public-ip：“%1”不是 IP 地址。请填写这台电脑的公网地址，例如 --public-ip 198.51.100.7。</translation>
    </message>
    <message>
        <source>--public-ip, --region, --instance, --cloud-profile and --cloud-endpoint need --cloud alibaba or --cloud-json FILE.</source>
        <translation>--public-ip、--region、--instance、--cloud-profile 和 --cloud-endpoint 需要与 --cloud alibaba 或 --cloud-json 文件 一起使用。</translation>
    </message>
    <message>
        <source>--cloud-endpoint is for reading the cloud with an AccessKey; it does nothing with --cloud-json. Leave one of them out.</source>
        <translation>--cloud-endpoint 用于通过 AccessKey 读取云端信息，与 --cloud-json 一起使用没有作用。请去掉其中一个。</translation>
    </message>
    <message>
        <source>--force-stop, --yes and --out belong to rdp-doctor cloud screenshot|collect|snapshot|restart.</source>
        <translation>--force-stop、--yes 和 --out 只用于 rdp-doctor cloud screenshot|collect|snapshot|restart。</translation>
    </message>
    <message>
        <source>rdp-doctor cloud needs what to do: screenshot, collect, snapshot or restart, e.g. rdp-doctor cloud screenshot 203.0.113.10 --cloud alibaba.</source>
        <translation>rdp-doctor cloud 需要指定要做什么：screenshot、collect、snapshot 或 restart，例如 rdp-doctor cloud screenshot 203.0.113.10 --cloud alibaba。</translation>
    </message>
    <message>
        <source>rdp-doctor cloud %1 needs --cloud alibaba and an AccessKey (the aliyun CLI&apos;s profile or the ALIBABA_CLOUD_* variables); --cloud-json cannot act.</source>
        <translation>rdp-doctor cloud %1 需要 --cloud alibaba 和一个 AccessKey（aliyun CLI 的配置或 ALIBABA_CLOUD_* 环境变量）；--cloud-json 无法执行操作。</translation>
    </message>
    <message>
        <source>rdp-doctor cloud %1 needs the server&apos;s public IP address, or --instance ID --region R.</source>
        <translation>rdp-doctor cloud %1 需要服务器的公网 IP 地址，或 --instance 实例ID --region 地域。</translation>
    </message>
    <message>
        <source>--force-stop only goes with rdp-doctor cloud restart.</source>
        <translation>--force-stop 只能与 rdp-doctor cloud restart 一起使用。</translation>
    </message>
    <message>
        <source>rdp-doctor cloud %1 --lab needs a scenario with a pretend cloud, e.g. --lab cloud-agent-offline (see --list-lab).</source>
        <translation>rdp-doctor cloud %1 --lab 需要一个带模拟云端的场景，例如 --lab cloud-agent-offline（见 --list-lab）。</translation>
    </message>
</context>
<context>
    <name>PathCheck</name>
    <message>
        <source>Where does the way to the server stop?</source>
        <translation>到服务器的路径在哪里中断？</translation>
    </message>
    <message>
        <source>Not checked: stopped.</source>
        <translation>未检查：已停止。</translation>
    </message>
    <message>
        <source>Not checked: the server&apos;s address is not known.</source>
        <translation>未检查：服务器地址未知。</translation>
    </message>
    <message>
        <source>The route could not be traced: this computer does not allow this program to send the probes.</source>
        <translation>无法追踪路由：本机不允许本程序发送探测包。</translation>
    </message>
    <message numerus="yes">
        <source>The server was reached in %n hop(s).</source>
        <translation>
            <numerusform>经过 %n 跳到达服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>No router on the way answered, and the server did not either.</source>
        <translation>途中没有任何路由器响应，服务器也没有响应。</translation>
    </message>
    <message>
        <source>Router %1 (hop %2) reported that the server cannot be reached.</source>
        <translation>路由器 %1（第 %2 跳）报告服务器不可达。</translation>
    </message>
    <message>
        <source>Replies stop after hop %1 (%2): the server itself did not answer.</source>
        <translation>第 %1 跳（%2）之后就没有回复了：服务器本身没有响应。</translation>
    </message>
    <message>
        <source>Servers and cloud networks often do not answer these probes, so this matters only if the Remote Desktop port does not answer either. If replies stop close to you (the first few hops), the block is in your own network or at your provider: try another network. If they stop near the end, look at the server&apos;s security group (step 3) and firewall (step 7).</source>
        <translation>服务器和云网络经常不响应这类探测，所以只有在远程桌面端口也没有响应时，这一项才有意义。如果回复在离您很近的地方中断（前几跳），说明拦截发生在您自己的网络或运营商处：请换一个网络试试。如果在接近终点处中断，请检查服务器的安全组（第 3 步）和防火墙（第 7 步）。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A PDF can only be made with the graphical part of RDP Doctor; save the report as HTML and print it to PDF instead.</source>
        <translation>只有 RDP Doctor 的图形界面才能生成 PDF；请将报告保存为 HTML，再打印为 PDF。</translation>
    </message>
    <message>
        <source>RDP Doctor diagnosis of %1</source>
        <translation>RDP Doctor 对 %1 的诊断</translation>
    </message>
    <message>
        <source>The PDF could not be created.</source>
        <translation>无法创建 PDF。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Started %1, took %2 ms</source>
        <translation>开始时间 %1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Error message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>诊断结论：%1</translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation>转到第 %1 步：%2</translation>
    </message>
    <message>
        <source>Other possible causes:</source>
        <translation>其他可能的原因：</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Started: %1 (took %2 ms)</source>
        <translation>开始时间：%1（耗时 %2 毫秒）</translation>
    </message>
    <message>
        <source>RDP Doctor version: %1</source>
        <translation>RDP Doctor 版本：%1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>本机：%1</translation>
    </message>
    <message>
        <source>Host names, addresses and account names are hidden in this report.</source>
        <translation>本报告已隐藏主机名、地址和账户名。</translation>
    </message>
    <message>
        <source>Error message the user saw</source>
        <translation>用户看到的错误信息</translation>
    </message>
    <message>
        <source>RDP Doctor does not recognise this message.</source>
        <translation>RDP Doctor 无法识别此错误信息。</translation>
    </message>
    <message>
        <source>Recognised as: &quot;%1&quot;</source>
        <translation>识别为：“%1”</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>错误代码 %1</translation>
    </message>
    <message>
        <source>Steps to look at: %1</source>
        <translation>建议查看的步骤：%1</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Already done by the user</source>
        <translation>用户已完成的操作</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>RDP Doctor version</source>
        <translation>RDP Doctor 版本</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>Created by RDP Doctor %1.</source>
        <translation>由 RDP Doctor %1 生成。</translation>
    </message>
    <message>
        <source>Remote Desktop to %1 does not work (checked with RDP Doctor %2 on %3).</source>
        <translation>无法通过远程桌面连接到 %1（于 %3 使用 RDP Doctor %2 检查）。</translation>
    </message>
    <message>
        <source>Client error: &quot;%1&quot;</source>
        <translation>客户端错误：“%1”</translation>
    </message>
    <message>
        <source>Key evidence:</source>
        <translation>关键证据：</translation>
    </message>
    <message>
        <source>Already tried:</source>
        <translation>已尝试：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Needs facts from inside the server (see below): %1</source>
        <translation>需要服务器内部的信息（见下文）：%1</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>This check did not finish in time and was stopped.</source>
        <translation>该检查项未能按时完成，已被停止。</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>the session file</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an RDP Doctor session (more than 10 MB).</source>
        <translation>%1 太大（超过 10 MB），不可能是 RDP Doctor 会话文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (it is not valid JSON: %2). Ask for the file again.</source>
        <translation>%1 已损坏或不完整（不是有效的 JSON：%2）。请让对方重新发送该文件。</translation>
    </message>
    <message>
        <source>%1 is not an RDP Doctor session file.</source>
        <translation>%1 不是 RDP Doctor 会话文件。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer RDP Doctor (session format %2). Update RDP Doctor to open it.</source>
        <translation>%1 是由较新版本的 RDP Doctor 保存的（会话格式 %2）。请更新 RDP Doctor 后再打开。</translation>
    </message>
    <message>
        <source>%1 is an RDP Doctor session, but it is damaged: %2</source>
        <translation>%1 是 RDP Doctor 会话文件，但已损坏：%2</translation>
    </message>
    <message>
        <source>the version number is missing</source>
        <translation>缺少版本号</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>端口超出有效范围</translation>
    </message>
    <message>
        <source>an extra port is out of range</source>
        <translation>某个附加端口超出有效范围</translation>
    </message>
    <message>
        <source>the results are missing</source>
        <translation>缺少检查结果</translation>
    </message>
    <message>
        <source>a check result is incomplete</source>
        <translation>某个检查结果不完整</translation>
    </message>
    <message>
        <source>a check result appears twice</source>
        <translation>某个检查结果重复出现</translation>
    </message>
    <message>
        <source>a confirmation is not a name</source>
        <translation>某项确认不是有效的名称</translation>
    </message>
    <message>
        <source>a note belongs to no step</source>
        <translation>某条备注不属于任何步骤</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>需要您确认</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Log in through the cloud console</source>
        <translation>通过控制台远程连接（VNC）登录实例</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Port and security group</source>
        <translation>端口和安全组</translation>
    </message>
    <message>
        <source>Remote Desktop service</source>
        <translation>远程桌面服务</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>CPU, bandwidth and memory</source>
        <translation>CPU、带宽和内存</translation>
    </message>
    <message>
        <source>Windows Firewall</source>
        <translation>Windows 防火墙</translation>
    </message>
    <message>
        <source>IP security policy</source>
        <translation>IP 安全策略</translation>
    </message>
    <message>
        <source>RDP-Tcp settings: certificate, listener, licensing</source>
        <translation>RDP-Tcp 设置：证书、监听和授权</translation>
    </message>
    <message>
        <source>Antivirus and security software</source>
        <translation>杀毒软件和安全软件</translation>
    </message>
    <message>
        <source>Restart the server</source>
        <translation>重启服务器</translation>
    </message>
    <message>
        <source>Make sure the server is running and responds at all, using the console&apos;s own remote connection.</source>
        <translation>用控制台自带的远程连接，确认服务器正在运行并且有响应。</translation>
    </message>
    <message>
        <source>Rule out a wrong password, or a reset that has not taken effect yet.</source>
        <translation>排除密码错误，或重置的密码尚未生效。</translation>
    </message>
    <message>
        <source>Make sure the Remote Desktop port is valid, open, and allowed by the security group.</source>
        <translation>确认远程桌面端口有效、已开放，并已在安全组中放行。</translation>
    </message>
    <message>
        <source>Make sure Remote Desktop is switched on and its service is running.</source>
        <translation>确认远程桌面已开启，且其服务正在运行。</translation>
    </message>
    <message>
        <source>Rule out a problem with your own network or the path to the server.</source>
        <translation>排除您本地网络或到服务器的网络路径的问题。</translation>
    </message>
    <message>
        <source>Rule out an overloaded server, missing public bandwidth, or too little memory.</source>
        <translation>排除服务器过载、没有公网带宽或内存不足。</translation>
    </message>
    <message>
        <source>Make sure Windows Firewall lets Remote Desktop in.</source>
        <translation>确认 Windows 防火墙放行了远程桌面。</translation>
    </message>
    <message>
        <source>Make sure no IP security policy blocks Remote Desktop.</source>
        <translation>确认没有 IP 安全策略阻止远程桌面。</translation>
    </message>
    <message>
        <source>Check the Remote Desktop listener, its certificate and security layer, and licensing.</source>
        <translation>检查远程桌面的监听、证书、安全层和授权。</translation>
    </message>
    <message>
        <source>Rule out security software on the server blocking Remote Desktop.</source>
        <translation>排除服务器上的安全软件拦截远程桌面。</translation>
    </message>
    <message>
        <source>When nothing else helped: take a snapshot, then restart the server.</source>
        <translation>以上方法都无效时：先创建快照，再重启服务器。</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter the server&apos;s address: its public IP address or host name, optionally followed by a colon and the port, for example 203.0.113.10:3389.</source>
        <translation>请输入服务器地址：公网 IP 地址或主机名，后面可以加冒号和端口，例如 203.0.113.10:3389。</translation>
    </message>
    <message>
        <source>The address contains a space. Enter only the IP address or host name and, if needed, &quot;:port&quot;.</source>
        <translation>地址中含有空格。请只输入 IP 地址或主机名，需要时再加上“:端口”。</translation>
    </message>
    <message>
        <source>Square brackets are only used around an IPv6 address, like [2001:db8::1]:3389. One bracket is missing.</source>
        <translation>方括号只用于括住 IPv6 地址，例如 [2001:db8::1]:3389。缺少一个方括号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by dots.</source>
        <translation>“%1”不是有效的 IPv4 地址：应为用点分隔的四个 0 到 255 之间的数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a host name. Names use letters, digits, hyphens and dots.</source>
        <translation>主机名中不能包含“%1”。主机名只能使用字母、数字、连字符和点。</translation>
    </message>
    <message>
        <source>A part of the host name (&quot;%1&quot;) is longer than 63 characters, which DNS does not allow.</source>
        <translation>主机名中的一段（“%1”）超过 63 个字符，DNS 不允许这样。</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters, which DNS does not allow.</source>
        <translation>主机名超过 253 个字符，DNS 不允许这样。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Remote Desktop uses port 3389 unless it was changed.</source>
        <translation>端口“%1”不是数字。如果没有改过，远程桌面使用的端口是 3389。</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to. Use the port Remote Desktop listens on (3389 by default).</source>
        <translation>无法连接到端口 0。请使用远程桌面监听的端口（默认为 3389）。</translation>
    </message>
    <message>
        <source>A port cannot be negative. Ports run from 1 to 65535.</source>
        <translation>端口不能是负数。端口范围为 1 到 65535。</translation>
    </message>
    <message>
        <source>Port %1 can never work: TCP ports only go up to 65535. If this number came from the server&apos;s PortNumber registry value, Windows cannot listen on it either, so Remote Desktop is unreachable. Through the cloud console, set PortNumber (in both Terminal Server registry keys) to a free port such as 3389 or 5588, allow that port in the security group, and restart the server.</source>
        <translation>端口 %1 不可能可用：TCP 端口最大只到 65535。如果这个数字来自服务器注册表中的 PortNumber 值，Windows 也无法在该端口上监听，因此远程桌面无法访问。请通过云控制台登录服务器，把 PortNumber（两个 Terminal Server 注册表项中都要改）设为一个未被占用的端口，例如 3389 或 5588，在安全组中放行该端口，然后重启服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port. List ports from 1 to 65535, separated by commas, e.g. 5588, 4389.</source>
        <translation>“%1”不是端口。请填写 1 到 65535 之间的端口，用逗号分隔，例如 5588, 4389。</translation>
    </message>
    <message numerus="yes">
        <source>Name at most %n other port(s): RDP Doctor tests the ports you suspect, it does not scan the server.</source>
        <translation>
            <numerusform>最多填写 %n 个其他端口：RDP Doctor 只检测您怀疑的端口，不会扫描服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpConnectCheck</name>
    <message>
        <source>Does the Remote Desktop port accept connections?</source>
        <translation>远程桌面端口是否接受连接？</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>Port %1 is open: the server accepted a connection in %2 ms.</source>
        <translation>端口 %1 已开放：服务器在 %2 毫秒内接受了连接。</translation>
    </message>
    <message>
        <source>Port %1 refused the connection: the server is reachable, but nothing accepts connections on this port.</source>
        <translation>端口 %1 拒绝了连接：服务器可以访问，但该端口上没有程序接受连接。</translation>
    </message>
    <message>
        <source>Port %1 did not answer within %2 ms: something drops the connection on the way.</source>
        <translation>端口 %1 在 %2 毫秒内没有响应：连接在途中被丢弃了。</translation>
    </message>
    <message>
        <source>The server cannot be reached: the network reported it unreachable or prohibited.</source>
        <translation>无法访问服务器：网络返回了“不可达”或“禁止访问”。</translation>
    </message>
    <message>
        <source>No connection was tried because the server&apos;s name could not be resolved.</source>
        <translation>服务器名称无法解析，因此没有尝试连接。</translation>
    </message>
    <message>
        <source>The connection could not be tried on this computer: %1</source>
        <translation>无法在本机上尝试连接：%1</translation>
    </message>
    <message>
        <source>A refusal comes back at once, so the network path and the security group are fine. On the server, Remote Desktop is not listening on this port: it may be switched off (step 4), the RDP-Tcp listener may be disabled (step 9), or the port was changed to another number (step 3). Also try the port you think it was changed to.</source>
        <translation>连接被立即拒绝，说明网络路径和安全组都没有问题，而是服务器上的远程桌面没有在这个端口监听：可能是远程桌面已关闭（第 4 步）、RDP-Tcp 监听被禁用（第 9 步），或者端口被改成了其他号码（第 3 步）。也可以试试您认为改过后的端口。</translation>
    </message>
    <message>
        <source>No answer at all usually means a filter silently drops the traffic: the cloud security group has no inbound rule for this port from your IP address (step 3), Windows Firewall blocks it (step 7), or an IP security policy drops it (step 8). It can also mean the server is stopped (step 1).</source>
        <translation>完全没有响应，通常说明流量被某个过滤规则悄悄丢弃了：云安全组中没有允许您的 IP 地址访问该端口的入方向规则（第 3 步）、Windows 防火墙阻止了它（第 7 步），或 IP 安全策略丢弃了它（第 8 步）。也可能是服务器已停止运行（第 1 步）。</translation>
    </message>
    <message>
        <source>A router or firewall answered that the server cannot be reached. Check that the instance is running and has a public IP address (step 1), and try from another network (step 5).</source>
        <translation>路由器或防火墙返回了“服务器不可达”。请确认实例正在运行且有公网 IP 地址（第 1 步），并换一个网络试试（第 5 步）。</translation>
    </message>
    <message>
        <source>Fix the name first (see the network step), or enter the server&apos;s public IP address.</source>
        <translation>请先解决域名问题（见“网络”步骤），或直接输入服务器的公网 IP 地址。</translation>
    </message>
</context>
<context>
    <name>TcpLatencyCheck</name>
    <message>
        <source>How fast does the Remote Desktop port answer?</source>
        <translation>远程桌面端口的响应速度如何？</translation>
    </message>
    <message>
        <source>Not checked: stopped.</source>
        <translation>未检查：已停止。</translation>
    </message>
    <message>
        <source>Not checked: the Remote Desktop port is not open.</source>
        <translation>未检查：远程桌面端口未开放。</translation>
    </message>
    <message>
        <source>Only %1 of %2 connections to the port succeeded.</source>
        <translation>到该端口的 %2 次连接中只有 %1 次成功。</translation>
    </message>
    <message>
        <source>The port answers slowly: average %1 ms (highest %2 ms).</source>
        <translation>端口响应较慢：平均 %1 毫秒（最高 %2 毫秒）。</translation>
    </message>
    <message>
        <source>%1 connections to the port: average %2 ms, from %3 to %4 ms, jitter %5 ms.</source>
        <translation>到该端口连接 %1 次：平均 %2 毫秒，范围 %3 至 %4 毫秒，抖动 %5 毫秒。</translation>
    </message>
    <message>
        <source>The port answered once but not every time: the connection is unstable. Try from another network, and check the server&apos;s CPU and bandwidth (step 6).</source>
        <translation>端口响应过一次，但不是每次都响应：连接不稳定。请换一个网络试试，并检查服务器的 CPU 和带宽（第 6 步）。</translation>
    </message>
    <message>
        <source>A slow round trip makes the remote desktop feel sluggish. Choose a server region closer to you, or lower the display quality in the Remote Desktop client.</source>
        <translation>往返延迟高会让远程桌面操作迟缓。请选择离您更近的服务器地域，或在远程桌面客户端中降低显示质量。</translation>
    </message>
</context>
<context>
    <name>TlsCheck</name>
    <message>
        <source>Does the encrypted (TLS) connection work?</source>
        <translation>加密（TLS）连接是否正常？</translation>
    </message>
    <message>
        <source>Not checked: the server does not offer TLS.</source>
        <translation>未检查：服务器不提供 TLS。</translation>
    </message>
    <message>
        <source>Not checked: the port does not answer as Remote Desktop.</source>
        <translation>未检查：端口上响应的不是远程桌面。</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>The server did not choose TLS this time, so the TLS test could not run.</source>
        <translation>服务器这次没有选择 TLS，因此无法进行 TLS 测试。</translation>
    </message>
    <message>
        <source>The TLS test could not run on this computer: %1</source>
        <translation>无法在本机上进行 TLS 测试：%1</translation>
    </message>
    <message>
        <source>The server chose TLS, but then answered the TLS start with a Remote Desktop disconnect: its TLS layer is broken.</source>
        <translation>服务器选择了 TLS，但随后对 TLS 开始请求回复了远程桌面断开消息：其 TLS 层已损坏。</translation>
    </message>
    <message>
        <source>The server chose TLS, but did not answer the TLS start in time.</source>
        <translation>服务器选择了 TLS，但没有及时响应 TLS 开始请求。</translation>
    </message>
    <message>
        <source>The server chose TLS, but the TLS handshake failed: %1.</source>
        <translation>服务器选择了 TLS，但 TLS 握手失败：%1。</translation>
    </message>
    <message>
        <source>TLS works: %1 with %2.</source>
        <translation>TLS 正常：%1，加密套件 %2。</translation>
    </message>
    <message>
        <source>TLS works: %1 with %2. Versions the server accepts: %3.</source>
        <translation>TLS 正常：%1，加密套件 %2。服务器接受的版本：%3。</translation>
    </message>
    <message>
        <source>In its first answer the server said &quot;let&apos;s encrypt with TLS&quot;, and then it could not do it. This is the typical sign of a damaged or unusable Remote Desktop certificate on the server (for example a key that is too short for the server&apos;s own security settings, or a certificate whose private key cannot be read). Clients newer than Windows 7 always try TLS, so they all fail. Fix it on the server (step 9): log in through the cloud console, delete the Remote Desktop certificate in the computer&apos;s certificate store so Windows creates a new one, and restart the Remote Desktop service. As a stopgap, setting the security layer of RDP-Tcp to &quot;RDP Security Layer&quot; lets clients in without TLS.</source>
        <translation>服务器在第一次回复中说“我们用 TLS 加密吧”，但随后却做不到。这是服务器上远程桌面证书损坏或无法使用的典型表现（例如密钥太短，不符合服务器自身的安全设置，或者证书的私钥无法读取）。Windows 7 之后的客户端总是尝试 TLS，所以都会失败。请在服务器上修复（第 9 步）：通过云控制台登录，在计算机证书存储中删除远程桌面证书，让 Windows 重新生成，然后重启远程桌面服务。临时办法是将 RDP-Tcp 的安全层设为“RDP 安全层”，客户端即可不使用 TLS 连接。</translation>
    </message>
    <message>
        <source>The connection is encrypted. The server also still accepts the old versions TLS 1.0 or 1.1, which are no longer considered safe. That does not stop you from connecting; switching them off on the server is a good idea once everything works.</source>
        <translation>连接已加密。服务器仍接受旧版本 TLS 1.0 或 1.1，这些版本已不再被认为是安全的。这不影响您连接；等一切正常后，最好在服务器上关闭它们。</translation>
    </message>
    <message>
        <source>The Remote Desktop connection is encrypted with TLS, the same protection websites use. The server&apos;s certificate is looked at in the next check.</source>
        <translation>远程桌面连接使用 TLS 加密，与网站使用的保护方式相同。服务器的证书将在下一项检查中查看。</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>      Start the wizard.
</source>
        <translation>      启动向导。
</translation>
    </message>
    <message>
        <source>      Run every automatic check without a display. --evidence adds the facts collected inside
      the server by collect-rdp-evidence.ps1 (a JSON file, or a text file with the typed code).
      Exit codes: 0 healthy, 1 a problem was found, 2 bad input, 3 internal error.
      More diagnose options: --error &quot;TEXT&quot; (the message the Remote Desktop client showed),
      --format html|pdf|ticket, --redact (hide host names, addresses and account names).
</source>
        <translation>      不打开窗口，运行全部自动检查。--evidence 加入在服务器内部由 collect-rdp-evidence.ps1
      收集的信息（JSON 文件，或含有手工输入代码的文本文件）。
      退出码：0 正常，1 发现问题，2 输入有误，3 内部错误。
      更多 diagnose 选项：--error &quot;文字&quot;（远程桌面客户端显示的提示），
      --format html|pdf|ticket，--redact（隐藏主机名、地址和账户名）。
</translation>
    </message>
    <message>
        <source>      What a Remote Desktop error message or code (0x204, 2308...) means and which step to go to.
      Exit codes: 0 recognised, 1 not recognised, 2 no text given.
</source>
        <translation>      解释远程桌面的错误提示或错误代码（0x204、2308 等）是什么意思，该看哪一步。
      退出码：0 已识别，1 未识别，2 没有给出文字。
</translation>
    </message>
    <message>
        <source>      Start the training lab on 127.0.0.1 with that fault and diagnose it (SCENARIO is an id or a
      .json file). rdp-doctor --lab [SCENARIO] opens the wizard on the lab instead.
</source>
        <translation>      在 127.0.0.1 上启动带有该故障的练习实验室并诊断它（SCENARIO 是场景编号或
      .json 文件）。rdp-doctor --lab [SCENARIO] 则在向导中打开实验室。
</translation>
    </message>
    <message>
        <source>      List the training-lab scenarios.
</source>
        <translation>      列出练习实验室的全部场景。
</translation>
    </message>
    <message>
        <source>      Render the start page, the eleven steps and the summary to PNG files and exit.
</source>
        <translation>      把开始页、十一个步骤和汇总页画成 PNG 文件后退出。
</translation>
    </message>
    <message>
        <source>      Add the cloud&apos;s view (instance state, security groups, bandwidth, metrics, Cloud Assistant).
      With --cloud-json: from the JSON output of the aliyun commands in docs/cloud.md; no key needed.
      Without it: read with an AccessKey (read-only) from the aliyun CLI&apos;s profile (--cloud-profile,
      default the current one) or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET
      [/ ALIBABA_CLOUD_SECURITY_TOKEN]; the instance is found by HOST&apos;s public IP or EIP in every region,
      or named with --instance (and --region). --public-ip is this computer&apos;s public address, for
      judging the security-group rules. --cloud-endpoint URL sends the API calls elsewhere (tests only).
</source>
        <translation>      加入云端的信息（实例状态、安全组、带宽、监控指标、云助手）。
      用 --cloud-json：来自 docs/cloud.md 中 aliyun 命令的 JSON 输出，无需密钥。
      不用它时：用 aliyun CLI 配置（--cloud-profile，默认当前配置）或 ALIBABA_CLOUD_ACCESS_KEY_ID /
      ALIBABA_CLOUD_ACCESS_KEY_SECRET [/ ALIBABA_CLOUD_SECURITY_TOKEN] 中的 AccessKey（只读）读取；
      按 HOST 的公网 IP 或 EIP 在所有地域中查找实例，或用 --instance（以及 --region）指定。
      --public-ip 是这台电脑的公网地址，用来判断安全组规则。--cloud-endpoint URL 把 API 调用发往别处（仅用于测试）。
</translation>
    </message>
    <message>
        <source>      Act on the instance through the cloud&apos;s API, each only after its plan was shown and you agreed:
      screenshot saves the console screenshot; collect runs the read-only evidence collector through
      Cloud Assistant and diagnoses with what it found; snapshot makes a snapshot of the system disk;
      restart makes the snapshot, then restarts Windows (--force-stop: a forced restart, asked again).
      On a terminal it asks y/N; --yes agrees for scripts. Exit codes: 0 done, 1 started but did not
      succeed, 2 not done, 3 internal error (collect: the diagnosis&apos; codes).
</source>
        <translation>      通过云 API 操作实例，每项操作都先显示计划，经您同意后才执行：
      screenshot 保存控制台截图；collect 通过云助手运行只读的证据收集脚本，并用收集到的内容进行诊断；
      snapshot 为系统盘创建快照；restart 先创建快照，再重启 Windows（--force-stop：强制重启，会再问一次）。
      在终端中会询问 y/N；脚本中用 --yes 表示同意。退出码：0 已完成，1 已开始但未成功，
      2 未执行，3 内部错误（collect：按诊断的退出码）。
</translation>
    </message>
</context>
<context>
    <name>ValidateTargetCheck</name>
    <message>
        <source>Is the address and port valid?</source>
        <translation>地址和端口是否有效？</translation>
    </message>
    <message>
        <source>Address is valid; port %1 is not the default 3389, so the security group must allow it.</source>
        <translation>地址有效；端口 %1 不是默认的 3389，安全组必须放行该端口。</translation>
    </message>
    <message>
        <source>Address and port are valid.</source>
        <translation>地址和端口有效。</translation>
    </message>
    <message>
        <source>Remote Desktop normally listens on 3389. A changed port works only if the server&apos;s PortNumber registry values and the security group&apos;s inbound rule both use the same new port.</source>
        <translation>远程桌面通常监听 3389 端口。只有服务器注册表中的 PortNumber 值和安全组的入方向规则都使用同一个新端口，修改后的端口才能正常使用。</translation>
    </message>
</context>
<context>
    <name>rdpd::CheckDetailsDialog</name>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>What this result means</source>
        <translation>此结果的含义</translation>
    </message>
    <message>
        <source>No further explanation for this result.</source>
        <translation>此结果没有更多说明。</translation>
    </message>
    <message>
        <source>Evidence the check collected</source>
        <translation>检查项收集的证据</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudActionBox</name>
    <message>
        <source>Wait until the read from Alibaba Cloud is done.</source>
        <translation>请等待从阿里云读取完成。</translation>
    </message>
    <message>
        <source>Read the instance with a key first (below): the action uses the same key, in memory only.</source>
        <translation>请先用密钥读取实例（见下方）：此操作使用同一把密钥，仅保存在内存中。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopped: the cloud data read with the key was replaced or forgotten.</source>
        <translation>已停止：用密钥读取的云端数据已被替换或清除。</translation>
    </message>
    <message>
        <source>Cloud Assistant: %1</source>
        <translation>云助手：%1</translation>
    </message>
    <message>
        <source>The evidence from inside %1 was collected and is in use; the checks inside the server run again and their findings appear on their steps.</source>
        <translation>已从 %1 内部收集到证据并开始使用；服务器内部的检查正在重新运行，结果会显示在各自的步骤中。</translation>
    </message>
    <message>
        <source>Finding the system disk…</source>
        <translation>正在查找系统盘…</translation>
    </message>
    <message>
        <source>Snapshot %1: %2% done</source>
        <translation>快照 %1：已完成 %2%</translation>
    </message>
    <message>
        <source>Sending the restart…</source>
        <translation>正在发送重启请求…</translation>
    </message>
    <message>
        <source>The restart was already sent; it cannot be called back.</source>
        <translation>重启请求已经发出，无法撤回。</translation>
    </message>
    <message>
        <source>Evidence from inside Windows, without VNC</source>
        <translation>无需 VNC，从 Windows 内部收集证据</translation>
    </message>
    <message>
        <source>Restart with a snapshot first</source>
        <translation>先做快照，再重启</translation>
    </message>
    <message>
        <source>Cloud Assistant can run the read-only evidence collector inside the instance for you. You see exactly what will be sent before anything is.</source>
        <translation>云助手可以替您在实例内部运行只读的证据收集脚本。发送任何内容之前，您都会先看到将要发送的确切内容。</translation>
    </message>
    <message>
        <source>When Windows hangs, a restart often helps. RDP Doctor first makes a snapshot of the system disk (so nothing is lost), waits until it is done, then restarts. You see the plan before anything is sent.</source>
        <translation>Windows 卡死时，重启往往有用。RDP Doctor 会先给系统盘做快照（这样不会丢失数据），等快照完成后再重启。发送任何请求之前，您都会先看到计划。</translation>
    </message>
    <message>
        <source>Collect evidence through Cloud Assistant</source>
        <translation>通过云助手收集证据</translation>
    </message>
    <message>
        <source>Snapshot, then restart</source>
        <translation>先快照，再重启</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the cloud action</source>
        <translation>停止云端操作</translation>
    </message>
    <message>
        <source>Cloud Assistant is offline on %1, so nothing can run inside it. Use the command in &quot;Collect evidence from the server&quot; instead, or read again once the agent is back.</source>
        <translation>实例 %1 上的云助手离线，无法在其中运行任何命令。请改用“从服务器收集证据”中的命令，或等云助手恢复在线后重新读取。</translation>
    </message>
    <message>
        <source>Which instance to act on is not known (the key read found several, or the instance ID was changed since). Enter the instance ID under &quot;The instance&quot; and read again.</source>
        <translation>不清楚要操作哪一台实例（用密钥读取时找到了多台，或之后修改了实例 ID）。请在“实例”中填写实例 ID 后重新读取。</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudActionDialog</name>
    <message>
        <source>Before anything is done</source>
        <translation>执行之前</translation>
    </message>
    <message>
        <source>Read what will happen. Nothing is sent to Alibaba Cloud until you click &quot;Do it&quot;.</source>
        <translation>请阅读将要发生的事情。在您点击“执行”之前，不会向阿里云发送任何请求。</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>此操作将要做的事</translation>
    </message>
    <message>
        <source>Force the restart (only if a normal restart hangs)</source>
        <translation>强制重启（仅当普通重启卡住时）</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Force the restart?</source>
        <translation>强制重启？</translation>
    </message>
    <message>
        <source>Nothing was sent. Untick &quot;Force the restart&quot; to restart normally, or Cancel.</source>
        <translation>没有发送任何请求。取消勾选“强制重启”即可普通重启，或点击取消。</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudImportBox</name>
    <message>
        <source>The cloud data was forgotten; the cloud checks are skipped again.</source>
        <translation>已清除云端数据；云端检查重新变为跳过。</translation>
    </message>
    <message>
        <source>aliyun command %1</source>
        <translation>aliyun 命令 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy aliyun command %1 to the clipboard</source>
        <translation>把 aliyun 命令 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>命令已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open the aliyun commands&apos; JSON output</source>
        <translation>打开 aliyun 命令输出的 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Taken: %1 file(s). The cloud checks run again with them; %2 document(s) in use.</source>
        <translation>已采用：%1 个文件。云端检查将据此重新运行；当前共使用 %2 份文档。</translation>
    </message>
    <message>
        <source>Taken. The cloud checks run again with it; %1 document(s) in use.</source>
        <translation>已采用。云端检查将据此重新运行；当前共使用 %1 份文档。</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>未采用：%1</translation>
    </message>
    <message>
        <source>Without a key: the aliyun commands&apos; output</source>
        <translation>不用密钥：使用 aliyun 命令的输出</translation>
    </message>
    <message>
        <source>Someone who can sign in to the Alibaba Cloud console runs these read-only commands (they change nothing) and gives you what they print. Cloud Shell in the console (the &gt;_ icon in the top bar) has the aliyun command ready. Run one DescribeSecurityGroupAttribute per security group of the instance; name the monitoring output after its metric, e.g. CPUUtilization.json.</source>
        <translation>请能登录阿里云控制台的人运行下面这些只读命令（它们不会做任何修改），并把输出交给您。控制台中的 Cloud Shell（顶栏的 &gt;_ 图标）已装好 aliyun 命令。实例的每个安全组各运行一次 DescribeSecurityGroupAttribute；监控数据的输出请以指标名命名文件，例如 CPUUtilization.json。</translation>
    </message>
    <message>
        <source>To look without commands: ECS console &gt; Instances &gt; the instance: its status (step 1), Security Groups &gt; Inbound rules (step 3), the public bandwidth under Configuration (step 6), Monitoring for the CPU.</source>
        <translation>不用命令，直接在控制台查看：ECS 控制台 &gt; 实例 &gt; 该实例：实例状态（第 1 步），安全组 &gt; 入方向规则（第 3 步），配置信息中的公网带宽（第 6 步），监控中的 CPU。</translation>
    </message>
    <message>
        <source>Import JSON &amp;files…</source>
        <translation>导入 JSON 文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import the JSON files the aliyun commands saved (several at once)</source>
        <translation>导入 aliyun 命令保存的 JSON 文件（可一次选多个）</translation>
    </message>
    <message>
        <source>Or paste the &amp;JSON output (one or several commands&apos; output, one after the other):</source>
        <translation>或粘贴 JSON 输出(&amp;J)（一条或多条命令的输出，一个接一个）：</translation>
    </message>
    <message>
        <source>Paste the aliyun commands&apos; JSON output here</source>
        <translation>在这里粘贴 aliyun 命令的 JSON 输出</translation>
    </message>
    <message>
        <source>Use the pasted JSON</source>
        <translation>使用粘贴的 JSON</translation>
    </message>
    <message>
        <source>Forget the cloud data</source>
        <translation>清除云端数据</translation>
    </message>
    <message>
        <source>Forget every cloud document and read</source>
        <translation>清除所有导入和读取的云端数据</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudKeyBox</name>
    <message>
        <source>Reading… %1 s</source>
        <translation>正在读取… %1 秒</translation>
    </message>
    <message>
        <source>Reading the instance, its security groups, the Cloud Assistant status and the last hour of metrics (read-only calls)…</source>
        <translation>正在读取实例、其安全组、云助手状态以及最近一小时的监控数据（只读调用）…</translation>
    </message>
    <message>
        <source>Read. The cloud checks on steps 1, 3 and 6 run again with what the cloud said.</source>
        <translation>读取完成。第 1、3、6 步的云端检查将根据云端返回的信息重新运行。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>With a read-only AccessKey</source>
        <translation>使用只读 AccessKey</translation>
    </message>
    <message>
        <source>RDP Doctor then reads the instance itself with read-only calls (Describe…); it changes nothing. A typed secret stays in memory for this window only: it is never saved, logged, exported or copied. Ask for a RAM user with the read-only policy in the user guide.</source>
        <translation>RDP Doctor 会用只读调用（Describe…）自己读取实例，不做任何修改。输入的 Secret 只保存在本窗口的内存中：从不保存、记录到日志、导出或复制。请向管理员申请一个带有用户指南中只读策略的 RAM 用户。</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>Type an AccessKey for this window</source>
        <translation>为本窗口输入 AccessKey</translation>
    </message>
    <message>
        <source>aliyun CLI: current profile or environment variables</source>
        <translation>aliyun CLI：当前配置或环境变量</translation>
    </message>
    <message>
        <source>Which AccessKey to use</source>
        <translation>使用哪个 AccessKey</translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>AccessKey secret (hidden)</source>
        <translation>AccessKey Secret（已隐藏）</translation>
    </message>
    <message>
        <source>Read from &amp;Alibaba Cloud</source>
        <translation>从阿里云读取(&amp;A)</translation>
    </message>
    <message>
        <source>Read the instance from Alibaba Cloud with this key</source>
        <translation>用这个密钥从阿里云读取实例</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading from Alibaba Cloud</source>
        <translation>停止从阿里云读取</translation>
    </message>
    <message>
        <source>Reading from Alibaba Cloud</source>
        <translation>正在从阿里云读取</translation>
    </message>
    <message>
        <source>The key remembered in the system keychain</source>
        <translation>系统钥匙串中保存的密钥</translation>
    </message>
    <message>
        <source>Re&amp;member this key in the system keychain (after it worked)</source>
        <translation>在系统钥匙串中记住此密钥（读取成功后）(&amp;M)</translation>
    </message>
    <message>
        <source>Remember this key in the system keychain</source>
        <translation>在系统钥匙串中记住此密钥</translation>
    </message>
    <message>
        <source>Forget the remembered key</source>
        <translation>删除记住的密钥</translation>
    </message>
    <message>
        <source>Remove the remembered key from the system keychain</source>
        <translation>从系统钥匙串中删除记住的密钥</translation>
    </message>
    <message>
        <source>The training lab&apos;s pretend cloud is read with the lab&apos;s own key, which is not a real one and is never remembered. Read it again to see what changed, for example after a restart.</source>
        <translation>培训实验室的模拟云端使用实验室自己的密钥读取；这把密钥不是真实的，也绝不会被保存。再次读取即可看到有什么变化，例如重启之后。</translation>
    </message>
    <message>
        <source>Read the pretend cloud &amp;again</source>
        <translation>再次读取模拟云端(&amp;A)</translation>
    </message>
    <message>
        <source>Read the training lab&apos;s pretend cloud again with the lab&apos;s key</source>
        <translation>用实验室的密钥再次读取培训实验室的模拟云端</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudPanel</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>No cloud data yet: the cloud checks of steps 1, 3 and 6 stay skipped until you give it below, with a read-only key or without one.</source>
        <translation>还没有云端数据：在下面用只读密钥读取或不用密钥导入之前，第 1、3、6 步的云端检查会一直跳过。</translation>
    </message>
    <message>
        <source>instance %1 (%2)</source>
        <translation>实例 %1（%2）</translation>
    </message>
    <message>
        <source>%1 instance(s)</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>%1 security group(s)</source>
        <translation>%1 个安全组</translation>
    </message>
    <message>
        <source>In use: read from Alibaba Cloud with a key — %1, %2.</source>
        <translation>正在使用：用密钥从阿里云读取——%1，%2。</translation>
    </message>
    <message>
        <source>In use: %1 imported document(s) — %2, %3.</source>
        <translation>正在使用：导入的 %1 份文档——%2，%3。</translation>
    </message>
    <message>
        <source>The rule that decides for %1 on TCP %2:
%3</source>
        <translation>对 %1 访问 TCP %2 起决定作用的规则：
%3</translation>
    </message>
    <message>
        <source>No rule lets %1 reach TCP %2, so the security group&apos;s default denies it.</source>
        <translation>没有规则允许 %1 访问 TCP %2，因此安全组的默认策略拒绝了它。</translation>
    </message>
    <message>
        <source>The rule to add (RDP Doctor never changes security groups itself):
%1</source>
        <translation>需要添加的规则（RDP Doctor 自己从不修改安全组）：
%1</translation>
    </message>
    <message>
        <source>The instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the AuthorizeSecurityGroup command to the clipboard</source>
        <translation>把 AuthorizeSecurityGroup 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>The aliyun command that adds the rule</source>
        <translation>添加该规则的 aliyun 命令</translation>
    </message>
    <message>
        <source>What the instance&apos;s console showed at %1 (%2×%3). A blue screen, &quot;Working on updates&quot; or a black screen means Windows itself is the problem, not the network.</source>
        <translation>实例控制台在 %1 显示的画面（%2×%3）。如果是蓝屏、“正在进行更新”或黑屏，说明问题出在 Windows 本身，而不是网络。</translation>
    </message>
    <message>
        <source>The console screenshot could not be shown.</source>
        <translation>无法显示控制台截图。</translation>
    </message>
    <message>
        <source>Console screenshot</source>
        <translation>控制台截图</translation>
    </message>
    <message>
        <source>The instance&apos;s console screenshot</source>
        <translation>实例的控制台截图</translation>
    </message>
    <message>
        <source>Training lab: this is a pretend Alibaba Cloud on this computer (%1), read with a lab-only key. Nothing real is read or changed.</source>
        <translation>培训实验室：这是本机上的模拟阿里云（%1），用仅供实验室使用的密钥读取。不会读取或改动任何真实的东西。</translation>
    </message>
    <message>
        <source>In use: read from the training lab&apos;s pretend cloud — %1, %2.</source>
        <translation>正在使用：从培训实验室的模拟云端读取——%1，%2。</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudSettingsForm</name>
    <message>
        <source>Instance &amp;ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>optional, e.g. i-bp1abc…; found by the address otherwise</source>
        <translation>可选，例如 i-bp1abc…；不填则按地址查找</translation>
    </message>
    <message>
        <source>Instance ID (optional)</source>
        <translation>实例 ID（可选）</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>optional, e.g. cn-hangzhou</source>
        <translation>可选，例如 cn-hangzhou</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>地域（可选）</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;public IP:</source>
        <translation>本机公网 IP(&amp;P)：</translation>
    </message>
    <message>
        <source>as a &quot;what is my IP&quot; page shows it, e.g. 198.51.100.7</source>
        <translation>以“查看我的 IP”之类网页显示的为准，例如 198.51.100.7</translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address</source>
        <translation>本机的公网 IP 地址</translation>
    </message>
    <message>
        <source>The security-group rules are judged for this address</source>
        <translation>安全组规则按这个地址来判断</translation>
    </message>
</context>
<context>
    <name>rdpd::CloudStartBox</name>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>My server is on &amp;Alibaba Cloud (ECS)</source>
        <translation>我的服务器在阿里云上（ECS）(&amp;A)</translation>
    </message>
    <message>
        <source>Then RDP Doctor can also judge what only the cloud console shows: whether the instance runs, whether a security-group rule lets this computer in, the public bandwidth and the CPU. Give the cloud data on the &quot;Alibaba Cloud&quot; tab of steps 1, 3, 6 or 11: read with a read-only AccessKey, or without a key from the output of a few aliyun commands.</source>
        <translation>这样 RDP Doctor 还能判断只有云控制台才看得到的情况：实例是否在运行、安全组规则是否放行本机、公网带宽和 CPU。请在第 1、3、6 或 11 步的“阿里云”选项卡中提供云端数据：用只读 AccessKey 读取，或不用密钥、导入几条 aliyun 命令的输出。</translation>
    </message>
    <message>
        <source>My server is on Alibaba Cloud (ECS)</source>
        <translation>我的服务器在阿里云上（ECS）</translation>
    </message>
</context>
<context>
    <name>rdpd::DiagnosticPage</name>
    <message>
        <source>Starts when you enter an address on the first page.</source>
        <translation>在第一页输入地址后开始。</translation>
    </message>
    <message>
        <source>No instructions are available for this step.</source>
        <translation>此步骤没有可用的操作说明。</translation>
    </message>
    <message>
        <source>&amp;What to do in this step:</source>
        <translation>本步骤要做的事(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How to fix what was found, then the step:</source>
        <translation>如何修复发现的问题，以及本步骤的操作(&amp;H)：</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Automatic &amp;checks:</source>
        <translation>自动检查项(&amp;C)：</translation>
    </message>
    <message>
        <source>This step has no automatic checks: follow the instructions below and tick what you did.</source>
        <translation>本步骤没有自动检查项：请按照下面的说明操作，并勾选您已完成的项目。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Checks of this step and their results</source>
        <translation>本步骤的检查项及结果</translation>
    </message>
    <message>
        <source>Checks are running</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run this step&apos;s checks again</source>
        <translation>重新运行本步骤的检查项</translation>
    </message>
    <message>
        <source>Ca&amp;ncel checks</source>
        <translation>取消检查(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the running checks</source>
        <translation>停止正在运行的检查</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Show the details of the selected check</source>
        <translation>显示所选检查项的详情</translation>
    </message>
    <message>
        <source>Instructions for this step</source>
        <translation>本步骤的操作说明</translation>
    </message>
    <message>
        <source>What I did or checked</source>
        <translation>我已完成或检查的项目</translation>
    </message>
    <message>
        <source>N&amp;otes for this step (optional):</source>
        <translation>本步骤的备注（可选）(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>本步骤的备注</translation>
    </message>
    <message>
        <source>What you saw or changed, e.g. for a support ticket</source>
        <translation>记录您看到的现象或做过的修改，例如用于提交工单</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>操作说明</translation>
    </message>
</context>
<context>
    <name>rdpd::ErrorSearchBox</name>
    <message>
        <source>&amp;Look up an error message:</source>
        <translation>查询错误信息(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 0x204 or part of the message</source>
        <translation>例如 0x204，或错误信息的一部分</translation>
    </message>
    <message>
        <source>Error message or code to look up</source>
        <translation>要查询的错误信息或错误代码</translation>
    </message>
    <message>
        <source>What the error message means</source>
        <translation>这条错误信息的含义</translation>
    </message>
    <message>
        <source>&amp;Use in diagnosis</source>
        <translation>用于诊断(&amp;U)</translation>
    </message>
    <message>
        <source>Use this error message in the diagnosis</source>
        <translation>把这条错误信息用于诊断</translation>
    </message>
    <message>
        <source>%1 Go to step %2.</source>
        <translation>%1 请转到第 %2 步。</translation>
    </message>
</context>
<context>
    <name>rdpd::EvidencePanel</name>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>命令已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>脚本已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open the evidence file</source>
        <translation>打开证据文件</translation>
    </message>
    <message>
        <source>Evidence (*.json *.txt);;All files (*)</source>
        <translation>证据 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The code was accepted. The checks inside the server are running; their findings appear on their steps and in the summary.</source>
        <translation>代码已接受。正在运行服务器内部的检查项，结果将显示在相应步骤和摘要中。</translation>
    </message>
    <message>
        <source>The evidence collected at %1 was accepted. The checks inside the server are running; their findings appear on their steps and in the summary.</source>
        <translation>已接受于 %1 收集的证据。正在运行服务器内部的检查项，结果将显示在相应步骤和摘要中。</translation>
    </message>
    <message>
        <source>The evidence was accepted. The checks inside the server are running; their findings appear on their steps and in the summary.</source>
        <translation>证据已接受。正在运行服务器内部的检查项，结果将显示在相应步骤和摘要中。</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>未接受：%1</translation>
    </message>
    <message>
        <source>Collect evidence from the server</source>
        <translation>从服务器收集证据</translation>
    </message>
    <message>
        <source>Some causes can only be seen inside the server. RDP Doctor&apos;s script reads them (it changes nothing and never reads a password). Run it in one of three ways: in the cloud console&apos;s VNC terminal, open PowerShell as Administrator and run the command below; or paste the whole script into the cloud&apos;s run-command feature (Alibaba Cloud Assistant, AWS Systems Manager Run Command, Azure Run Command); or copy the script to the server as a file. You can read it first.</source>
        <translation>有些原因只能在服务器内部看到。RDP Doctor 的脚本会读取这些信息（不做任何修改，也绝不读取密码）。运行方式有三种：在云控制台的远程连接（VNC）中以管理员身份打开 PowerShell，运行下面的命令；或者将整个脚本粘贴到云平台的命令执行功能中（阿里云云助手、AWS Systems Manager Run Command、Azure Run Command）；或者将脚本作为文件复制到服务器上运行。您可以先查看脚本内容。</translation>
    </message>
    <message>
        <source>Co&amp;mmand for the server&apos;s PowerShell:</source>
        <translation>在服务器 PowerShell 中运行的命令(&amp;M)：</translation>
    </message>
    <message>
        <source>Command to run the script on the server</source>
        <translation>在服务器上运行脚本的命令</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the &amp;script</source>
        <translation>复制脚本(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>将整个脚本复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;View the script first…</source>
        <translation>先查看脚本(&amp;V)…</translation>
    </message>
    <message>
        <source>Read the script before running it</source>
        <translation>运行前先阅读脚本</translation>
    </message>
    <message>
        <source>Then give RDP Doctor what the script produced: the file it saved, its output, or the short code it printed last (for a console you cannot copy from).</source>
        <translation>然后将脚本的结果提供给 RDP Doctor：它保存的文件、它的输出，或它最后显示的短代码（适用于无法复制内容的控制台）。</translation>
    </message>
    <message>
        <source>Open the evidence &amp;file…</source>
        <translation>打开证据文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the evidence file the script saved</source>
        <translation>打开脚本保存的证据文件</translation>
    </message>
    <message>
        <source>Or paste the script&apos;s out&amp;put:</source>
        <translation>或粘贴脚本的输出(&amp;P)：</translation>
    </message>
    <message>
        <source>Paste the script&apos;s output here</source>
        <translation>在此粘贴脚本的输出</translation>
    </message>
    <message>
        <source>Paste everything the script printed; text around it does not matter.</source>
        <translation>粘贴脚本输出的全部内容；前后多出的文字不影响识别。</translation>
    </message>
    <message>
        <source>Or t&amp;ype the code (R1-…):</source>
        <translation>或输入代码（R1-…）(&amp;Y)：</translation>
    </message>
    <message>
        <source>The code the script printed</source>
        <translation>脚本显示的代码</translation>
    </message>
    <message>
        <source>&amp;Use this evidence</source>
        <translation>使用此证据(&amp;U)</translation>
    </message>
    <message>
        <source>Use the pasted output or the typed code</source>
        <translation>使用粘贴的输出或输入的代码</translation>
    </message>
    <message>
        <source>Stop checking this computer</source>
        <translation>停止检查这台电脑</translation>
    </message>
    <message>
        <source>Reading the facts of this computer. This can take a minute or two.</source>
        <translation>正在读取这台电脑的信息，可能需要一两分钟。</translation>
    </message>
    <message>
        <source>Check this &amp;computer</source>
        <translation>检查这台电脑(&amp;C)</translation>
    </message>
    <message>
        <source>Is this computer the server itself (for example, you are in its console)? Then RDP Doctor can run the script here for you; it needs to run as Administrator to see everything.</source>
        <translation>这台电脑就是服务器本身吗（例如您正在它的控制台里）？那么 RDP Doctor 可以直接在这里为您运行脚本；需要以管理员身份运行才能读取全部信息。</translation>
    </message>
    <message>
        <source>Run the script on this computer and use its result</source>
        <translation>在这台电脑上运行脚本并使用其结果</translation>
    </message>
</context>
<context>
    <name>rdpd::LabPanel</name>
    <message>
        <source>Training lab</source>
        <translation>培训实验室</translation>
    </message>
    <message>
        <source>No broken server at hand? The lab starts a pretend Windows server on this computer (loopback only) with a fault of your choice, and RDP Doctor diagnoses it like a real one.</source>
        <translation>手头没有出故障的服务器？培训实验室会在本机（仅限环回地址）模拟一台 Windows 服务器，并设置您选择的故障，RDP Doctor 会像诊断真实服务器一样对其进行诊断。</translation>
    </message>
    <message>
        <source>Sce&amp;nario:</source>
        <translation>场景(&amp;N)：</translation>
    </message>
    <message>
        <source>Training lab scenario</source>
        <translation>培训实验室场景</translation>
    </message>
    <message>
        <source>Start the la&amp;b</source>
        <translation>启动培训实验室(&amp;B)</translation>
    </message>
    <message>
        <source>Start the training lab with this scenario and diagnose it</source>
        <translation>使用此场景启动培训实验室并进行诊断</translation>
    </message>
    <message>
        <source>P&amp;resenter mode (larger text, answer revealed on request)</source>
        <translation>演示模式（字体更大，按需显示答案）(&amp;R)</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>New to RDP Doctor? Try it here first: press &quot;Start the lab&quot; and watch it find a real fault on a practice server in under a minute. Then enter your own server above.</source>
        <translation>第一次使用 RDP Doctor？先在这里试一试：点击“启动培训实验室”，看它在一分钟内从练习服务器上找出一个真实的故障。然后再在上方填写您自己的服务器。</translation>
    </message>
</context>
<context>
    <name>rdpd::LatencyChart</name>
    <message>
        <source>No answers were measured.</source>
        <translation>未测到任何响应。</translation>
    </message>
    <message>
        <source>Minimum %1 ms, average %2 ms, maximum %3 ms</source>
        <translation>最小 %1 毫秒，平均 %2 毫秒，最大 %3 毫秒</translation>
    </message>
    <message>
        <source>%1; %2 % lost</source>
        <translation>%1；丢包 %2%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>rdpd::MstscButton</name>
    <message>
        <source>Try to connect now</source>
        <translation>现在试着连接</translation>
    </message>
    <message>
        <source>Opens the Windows Remote Desktop client (mstsc) for the server you checked.</source>
        <translation>用 Windows 远程桌面客户端（mstsc）连接刚才检查的服务器。</translation>
    </message>
    <message>
        <source>Remote Desktop is opening %1.</source>
        <translation>远程桌面正在打开 %1。</translation>
    </message>
</context>
<context>
    <name>rdpd::StartPage</name>
    <message>
        <source>Why can&apos;t I connect with Remote Desktop?</source>
        <translation>为什么无法使用远程桌面连接？</translation>
    </message>
    <message>
        <source>Enter your cloud Windows server&apos;s address. RDP Doctor then checks the connection and walks you through the eleven steps that fix most problems.</source>
        <translation>请输入您的 Windows 云服务器的地址。RDP Doctor 会检查连接，并带您完成能解决大多数问题的十一个步骤。</translation>
    </message>
    <message>
        <source>The checks start when you press Start diagnosis. They only test the connection from this computer; they do not log in and never send a password.</source>
        <translation>点击“开始诊断”后开始检查。检查只测试从本机发起的连接；不会登录，也绝不会发送密码。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>public IP or host name, e.g. 203.0.113.10:3389</source>
        <translation>公网 IP 或主机名，例如 203.0.113.10:3389</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>The public IP address or host name of the server, optionally with :port</source>
        <translation>服务器的公网 IP 地址或主机名，可附带 :端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Port (optional)</source>
        <translation>端口（可选）</translation>
    </message>
    <message>
        <source>What did your Remote Desktop &amp;client say?</source>
        <translation>远程桌面客户端提示了什么(&amp;C)？</translation>
    </message>
    <message>
        <source>Optional: paste or type the error message, e.g. &quot;An internal error has occurred&quot;</source>
        <translation>可选：粘贴或输入错误信息，例如“发生内部错误”</translation>
    </message>
    <message>
        <source>Error message shown by the Remote Desktop client</source>
        <translation>远程桌面客户端显示的错误信息</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>地址有问题</translation>
    </message>
    <message>
        <source>Nothing you enter here leaves this computer, except the connection tests to the address itself.</source>
        <translation>您在这里输入的任何内容都不会离开本机，只会对该地址本身进行连接测试。</translation>
    </message>
    <message>
        <source>&amp;Start diagnosis</source>
        <translation>开始诊断(&amp;S)</translation>
    </message>
    <message>
        <source>Other ports to &amp;try:</source>
        <translation>其他要尝试的端口(&amp;T)：</translation>
    </message>
    <message>
        <source>optional: ports RDP may have been moved to, e.g. 5588, 4389</source>
        <translation>可选：远程桌面可能被改到的端口，例如 5588, 4389</translation>
    </message>
    <message>
        <source>Other ports to try (optional)</source>
        <translation>其他要尝试的端口（可选）</translation>
    </message>
    <message>
        <source>If the Remote Desktop port is closed, RDP Doctor also tests these ports</source>
        <translation>如果远程桌面端口不通，RDP Doctor 还会检测这些端口</translation>
    </message>
</context>
<context>
    <name>rdpd::StepList</name>
    <message>
        <source>Steps of the diagnosis</source>
        <translation>诊断步骤</translation>
    </message>
    <message>
        <source>Click a step, or select it and press Enter, to go there</source>
        <translation>单击某个步骤，或选中后按 Enter 键，即可跳转到该步骤</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>rdpd::StepStrip</name>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>第 %1 步，%2：%3</translation>
    </message>
</context>
<context>
    <name>rdpd::SummaryPage</name>
    <message>
        <source>The checks are still running…</source>
        <translation>检查仍在进行…</translation>
    </message>
    <message>
        <source>No checks have run yet.</source>
        <translation>尚未运行任何检查。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address on the first page and start the diagnosis. You can still read every step and tick what you did.</source>
        <translation>请在第一页输入服务器地址并开始诊断。您仍然可以阅读每个步骤，并勾选您已完成的项目。</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>目前结果：%1</translation>
    </message>
    <message>
        <source>&amp;Go to step %1: %2</source>
        <translation>转到第 %1 步：%2(&amp;G)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Confirmed by you</source>
        <translation>已由您确认</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The most likely cause first, then everything the checks found, step by step.</source>
        <translation>先列出最可能的原因，再按步骤列出检查发现的所有情况。</translation>
    </message>
    <message>
        <source>Most likely cause</source>
        <translation>最可能的原因</translation>
    </message>
    <message>
        <source>&amp;Findings by step:</source>
        <translation>各步骤的检查结果(&amp;F)：</translation>
    </message>
    <message>
        <source>Step or check</source>
        <translation>步骤或检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Findings by step</source>
        <translation>各步骤的检查结果</translation>
    </message>
    <message>
        <source>Go to the step that fixes this</source>
        <translation>转到解决此问题的步骤</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Ping round trips</source>
        <translation>Ping 往返时间</translation>
    </message>
    <message>
        <source>Connection times to the port</source>
        <translation>连接到端口的耗时</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown for a ticket (*.md)</source>
        <translation>用于工单的 Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>无法将报告保存到 %1。</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>%1

Nothing was lost: choose another folder and save again.</source>
        <translation>%1

数据没有丢失：请选择其他文件夹后重新保存。</translation>
    </message>
    <message>
        <source>A short summary for your support ticket is on the clipboard.</source>
        <translation>用于工单的简短摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The eleven steps (click one to open it):</source>
        <translation>全部 11 个步骤（点击可打开）：</translation>
    </message>
    <message>
        <source>&amp;Possible causes, most likely first (click to see the evidence, Enter opens the step):</source>
        <translation>可能的原因，按可能性从高到低排列（点击查看证据，按 Enter 打开对应步骤）(&amp;P)：</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Step to go to</source>
        <translation>要转到的步骤</translation>
    </message>
    <message>
        <source>Possible causes with their evidence</source>
        <translation>可能的原因及其证据</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, Markdown or JSON</source>
        <translation>将报告保存为网页、PDF、Markdown 或 JSON</translation>
    </message>
    <message>
        <source>Copy &amp;ticket summary</source>
        <translation>复制工单摘要(&amp;T)</translation>
    </message>
    <message>
        <source>Copy a short summary for a support ticket</source>
        <translation>复制用于提交工单的简短摘要</translation>
    </message>
    <message>
        <source>Hide host names and IP &amp;addresses</source>
        <translation>隐藏主机名和 IP 地址(&amp;A)</translation>
    </message>
    <message>
        <source>Hide host names, IP addresses and account names in what you save or copy</source>
        <translation>在保存或复制的内容中隐藏主机名、IP 地址和账户名</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>保存会话(&amp;V)…</translation>
    </message>
    <message>
        <source>Save this diagnosis as a session file for the helpdesk</source>
        <translation>将本次诊断保存为会话文件，供技术支持人员查看</translation>
    </message>
    <message>
        <source>Open sess&amp;ion…</source>
        <translation>打开会话(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a session file someone sent you, read only</source>
        <translation>以只读方式打开别人发给您的会话文件</translation>
    </message>
    <message>
        <source>Training lab</source>
        <translation>培训实验室</translation>
    </message>
    <message>
        <source>&amp;Reveal the answer</source>
        <translation>显示答案(&amp;R)</translation>
    </message>
    <message>
        <source>Show the expected cause of this lab scenario</source>
        <translation>显示此培训实验室场景的预期原因</translation>
    </message>
    <message>
        <source>The expected answer: %1 (step %2). %3</source>
        <translation>预期答案：%1（第 %2 步）。%3</translation>
    </message>
</context>
<context>
    <name>rdpd::UserGuideDialog</name>
    <message>
        <source>RDP Doctor user guide</source>
        <translation>RDP Doctor 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of RDP Doctor. Reinstall the program.</source>
        <translation>此 RDP Doctor 副本中缺少用户指南。请重新安装本程序。</translation>
    </message>
</context>
<context>
    <name>rdpd::WizardWindow</name>
    <message>
        <source>RDP Doctor — Remote Desktop connection check</source>
        <translation>RDP Doctor — 远程桌面连接检查</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>帮助菜单</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About RDP Doctor</source>
        <translation>关于 RDP Doctor(&amp;A)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>取消并关闭</translation>
    </message>
    <message>
        <source>About RDP Doctor</source>
        <translation>关于 RDP Doctor</translation>
    </message>
    <message>
        <source>RDP Doctor %1

Finds out why Remote Desktop cannot connect to a cloud Windows server, following the eleven steps of the usual checklist.

Logs: %2</source>
        <translation>RDP Doctor %1

查明远程桌面无法连接 Windows 云服务器的原因，按照常用排查清单的十一个步骤进行。

日志：%2</translation>
    </message>
    <message>
        <source>Collect evidence from the server</source>
        <translation>从服务器收集证据</translation>
    </message>
    <message>
        <source>Diagnosis of %1 saved on %2 — read only</source>
        <translation>%1 的诊断，保存于 %2 — 只读</translation>
    </message>
    <message>
        <source>Diagnosis of %1 saved by %2 on %3 — read only</source>
        <translation>%1 的诊断，由 %2 保存于 %3 — 只读</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>RDP Doctor session (*.rdpdoctor)</source>
        <translation>RDP Doctor 会话 (*.rdpdoctor)</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>%1

Nothing was lost: choose another folder and save again.</source>
        <translation>%1

数据没有丢失：请选择其他文件夹后重新保存。</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The session cannot be opened</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>The lab runs on %1. The diagnosis starts now.</source>
        <translation>培训实验室运行在 %1。现在开始诊断。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The lab runs on %1 and its pretend Alibaba Cloud on %2 (the &quot;Alibaba Cloud&quot; tab of steps 1, 3, 6 and 11). The diagnosis starts now.</source>
        <translation>实验室运行在 %1，它的模拟阿里云运行在 %2（见第 1、3、6、11 步的“阿里云”选项卡）。诊断现在开始。</translation>
    </message>
</context>
</TS>
