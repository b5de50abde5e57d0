<#
.SYNOPSIS
    RDP Doctor evidence collector. Reads (never changes) the facts that decide whether Remote Desktop can work on
    this Windows server, prints them as one JSON document, saves that document to a file, and prints a short code
    to type into RDP Doctor when nothing can be copied out of the console.

.DESCRIPTION
    Windows PowerShell 5.1, Windows Server 2012 R2 to 2022, run as Administrator (some facts need it).
    Read-only: registry values, CIM objects, firewall and IPsec objects, certificates, event counts, user-rights
    assignments (secedit /export to a temporary file that is deleted again). It never reads or prints a password
    or a private key. Every section is read on its own: a failure is recorded in "errors" and the rest goes on.
    The format is documented in docs/evidence-schema.md of RDP Doctor.

.PARAMETER Account
    Optional local account name whose state (enabled, locked out, password expired, password last set,
    Remote Desktop permission) is collected, e.g. -Account Administrator.

.PARAMETER OutFile
    Where to save the JSON. Default: %ProgramData%\RDP-Doctor\rdp-evidence-<time>.json

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\collect-rdp-evidence.ps1 -Account Administrator
#>
[CmdletBinding()]
param(
    [string]$Account = '',
    [string]$OutFile = ''
)

Set-StrictMode -Version 1.0
$ErrorActionPreference = 'Stop'
$CollectorVersion = '1.1.0'

$script:Errors = New-Object System.Collections.ArrayList
$TS = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
$TdsTcp = "$TS\Wds\rdpwd\Tds\tcp"
$RdpTcp = "$TS\WinStations\RDP-Tcp"
$TsPolicy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
$Now = Get-Date
$Since = $Now.AddHours(-24)

function Add-SectionError([string]$Section, $Err) {
    [void]$script:Errors.Add([ordered]@{ section = $Section; message = [string]$Err.Exception.Message })
}

function ConvertTo-IsoUtc($When) {
    if ($null -eq $When) { return $null }
    return ([datetime]$When).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
}

# A registry value, or $null when the key or value is missing. DWORDs come back unsigned (a stored 4294967295 is
# not -1), so out-of-range port numbers are reported as stored.
function Get-RegValue([string]$Path, [string]$Name) {
    $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $null }
    $v = $item.$Name
    if ($v -is [int]) { return [long][BitConverter]::ToUInt32([BitConverter]::GetBytes([int]$v), 0) }
    return $v
}

function ConvertTo-Hex($Bytes) {
    if ($null -eq $Bytes) { return $null }
    return (($Bytes | ForEach-Object { ([byte]$_).ToString('X2') }) -join '')
}

# --- os ---------------------------------------------------------------------------------------------------------
# Does Windows wait for a restart? Three independent traces, each read on its own so that one failed read gives
# null for that flag only: servicing (CBS) and Windows Update leave a marker key; a file replacement scheduled for
# the next start is listed in PendingFileRenameOperations.
function Get-RebootPending {
    $cbs = $null
    $wu = $null
    $rename = $null
    try { $cbs = [bool](Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') } catch { $cbs = $null }
    try { $wu = [bool](Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') } catch { $wu = $null }
    try {
        $ops = Get-RegValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' 'PendingFileRenameOperations'
        $rename = $false
        if ($null -ne $ops) { $rename = @($ops | Where-Object { $null -ne $_ -and ([string]$_).Trim() -ne '' }).Count -gt 0 }
    } catch { $rename = $null }
    return [ordered]@{ component_servicing = $cbs; windows_update = $wu; file_rename = $rename }
}

function Get-OsSection {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $locale = $null
    try { $locale = (Get-WinSystemLocale).Name } catch { $locale = [System.Globalization.CultureInfo]::InstalledUICulture.Name }
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    $pending = $null
    try { $pending = Get-RebootPending } catch { $pending = $null }
    return [ordered]@{
        caption          = [string]$os.Caption
        version          = [string]$os.Version
        build            = [int]$os.BuildNumber
        system_locale    = $locale
        last_boot        = ConvertTo-IsoUtc $os.LastBootUpTime
        is_administrator = $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
        reboot_pending   = $pending
    }
}

# --- rdp registry -----------------------------------------------------------------------------------------------
function Get-RdpSection {
    $winstations = New-Object System.Collections.ArrayList
    foreach ($key in @(Get-ChildItem -LiteralPath "$TS\WinStations" -ErrorAction SilentlyContinue)) {
        $p = $key.PSPath
        [void]$winstations.Add([ordered]@{
            name           = [string]$key.PSChildName
            port           = Get-RegValue $p 'PortNumber'
            enabled        = Get-RegValue $p 'fEnableWinStation'
            wd_name        = Get-RegValue $p 'WdName'
            logon_disabled = Get-RegValue $p 'fLogonDisabled'
        })
    }
    return [ordered]@{
        port_tds                   = Get-RegValue $TdsTcp 'PortNumber'
        port_rdp_tcp               = Get-RegValue $RdpTcp 'PortNumber'
        deny_ts_connections        = Get-RegValue $TS 'fDenyTSConnections'
        deny_ts_connections_policy = Get-RegValue $TsPolicy 'fDenyTSConnections'
        ts_enabled                 = Get-RegValue $TS 'TSEnabled'
        winstations                = @($winstations)
        listener                   = [ordered]@{
            security_layer       = Get-RegValue $RdpTcp 'SecurityLayer'
            user_authentication  = Get-RegValue $RdpTcp 'UserAuthentication'
            min_encryption_level = Get-RegValue $RdpTcp 'MinEncryptionLevel'
            ssl_certificate_sha1 = ConvertTo-Hex (Get-RegValue $RdpTcp 'SSLCertificateSHA1Hash')
        }
        policy                     = [ordered]@{
            security_layer       = Get-RegValue $TsPolicy 'SecurityLayer'
            user_authentication  = Get-RegValue $TsPolicy 'UserAuthentication'
            min_encryption_level = Get-RegValue $TsPolicy 'MinEncryptionLevel'
        }
    }
}

# --- listening TCP ports with their process and services --------------------------------------------------------
function Get-ListenerSection {
    $svcByPid = @{}
    foreach ($s in @(Get-CimInstance -ClassName Win32_Service -Filter 'ProcessId > 0')) {
        $key = [int]$s.ProcessId
        if (-not $svcByPid.ContainsKey($key)) { $svcByPid[$key] = New-Object System.Collections.ArrayList }
        [void]$svcByPid[$key].Add([string]$s.Name)
    }
    $procName = @{}
    foreach ($p in @(Get-Process)) { $procName[[int]$p.Id] = [string]$p.ProcessName }
    foreach ($c in @(Get-NetTCPConnection -State Listen)) {
        $owner = [int]$c.OwningProcess
        $name = $null
        if ($procName.ContainsKey($owner)) { $name = $procName[$owner] }
        $svcs = @()
        if ($svcByPid.ContainsKey($owner)) { $svcs = @($svcByPid[$owner]) }
        [ordered]@{ address = [string]$c.LocalAddress; port = [int]$c.LocalPort; pid = $owner; process = $name; services = $svcs }
    }
}

# --- services -----------------------------------------------------------------------------------------------------
function Get-StartType([string]$StartMode) {
    if ($StartMode -eq 'Auto') { return 'Automatic' }
    return $StartMode
}

function Get-ServiceSection {
    foreach ($n in @('TermService', 'SessionEnv', 'UmRdpService', 'MpsSvc', 'BFE')) {
        $s = Get-CimInstance -ClassName Win32_Service -Filter "Name='$n'"
        if ($null -eq $s) { [ordered]@{ name = $n; state = 'Missing'; start_type = $null }; continue }
        [ordered]@{ name = $n; state = [string]$s.State; start_type = Get-StartType ([string]$s.StartMode) }
    }
}

# Services Remote Desktop depends on, with the start type a fresh Windows Server has.
$DefaultStart = [ordered]@{
    TermService = 'Manual'; SessionEnv = 'Manual'; UmRdpService = 'Manual'; RpcSs = 'Automatic';
    RpcEptMapper = 'Automatic'; DcomLaunch = 'Automatic'; CryptSvc = 'Automatic'; NlaSvc = 'Automatic';
    netprofm = 'Manual'; nsi = 'Automatic'; BFE = 'Automatic'
}

function Get-StartupSection {
    $msconfig = @()
    $key = 'HKLM:\SOFTWARE\Microsoft\Shared Tools\MSConfig\services'
    if (Test-Path -LiteralPath $key) { $msconfig = @(Get-ChildItem -LiteralPath $key | ForEach-Object { [string]$_.PSChildName }) }
    $disabled = New-Object System.Collections.ArrayList
    foreach ($n in $DefaultStart.Keys) {
        $s = Get-CimInstance -ClassName Win32_Service -Filter "Name='$n'"
        if ($null -ne $s -and [string]$s.StartMode -eq 'Disabled') {
            [void]$disabled.Add([ordered]@{ name = $n; start_type = 'Disabled'; default = $DefaultStart[$n] })
        }
    }
    return [ordered]@{ msconfig_disabled_services = $msconfig; disabled_vs_default = @($disabled) }
}

# --- firewall -----------------------------------------------------------------------------------------------------
# Does a local-port list ("Any", "3389", "3389-3390", "RPC"...) cover $Port? Same rule as RDP Doctor's parser.
function Test-PortCovered($Ports, [long]$Port) {
    foreach ($raw in @($Ports)) {
        foreach ($part in ([string]$raw).Split(',')) {
            $p = $part.Trim().ToLowerInvariant()
            if ($p -eq '') { continue }
            if ($p -eq 'any' -or $p -eq '*') { return $true }
            $dash = $p.IndexOf('-')
            $a = 0L; $b = 0L
            if ($dash -gt 0) {
                if ([long]::TryParse($p.Substring(0, $dash), [ref]$a) -and [long]::TryParse($p.Substring($dash + 1), [ref]$b) -and $Port -ge $a -and $Port -le $b) { return $true }
            } elseif ([long]::TryParse($p, [ref]$a) -and $a -eq $Port) { return $true }
        }
    }
    return $false
}

function Test-TcpProtocol([string]$Protocol) {
    $p = $Protocol.Trim().ToLowerInvariant()
    return ($p -eq '' -or $p -eq 'tcp' -or $p -eq 'any' -or $p -eq '6')
}

function Get-FirewallSection([long]$RdpPort) {
    $profiles = New-Object System.Collections.ArrayList
    foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {
        [void]$profiles.Add([ordered]@{
            name                   = [string]$p.Name
            enabled                = ([string]$p.Enabled -eq 'True')
            default_inbound_action = [string]$p.DefaultInboundAction
        })
    }
    $portByRule = @{}
    foreach ($f in @(Get-NetFirewallPortFilter -PolicyStore ActiveStore)) { $portByRule[[string]$f.InstanceID] = $f }
    $addrByRule = @{}
    foreach ($f in @(Get-NetFirewallAddressFilter -PolicyStore ActiveStore)) { $addrByRule[[string]$f.InstanceID] = $f }
    # A rule can be limited to one program or service: Windows applies it only to traffic of that program (the
    # built-in "Remote Desktop - Shadow (TCP-In)" has local port Any but is limited to RdpSa.exe).
    $appByRule = @{}
    foreach ($f in @(Get-NetFirewallApplicationFilter -PolicyStore ActiveStore)) { $appByRule[[string]$f.InstanceID] = [string]$f.Program }
    $svcByRule = @{}
    foreach ($f in @(Get-NetFirewallServiceFilter -PolicyStore ActiveStore)) { $svcByRule[[string]$f.InstanceID] = [string]$f.Service }
    # Which profile applies now: the category of each connected network (DomainAuthenticated -> Domain).
    $active = $null
    try {
        $active = @(Get-NetConnectionProfile -ErrorAction Stop | ForEach-Object {
            $c = [string]$_.NetworkCategory
            if ($c -eq 'DomainAuthenticated') { 'Domain' } else { $c } } | Sort-Object -Unique)
    } catch { Add-SectionError 'firewall' $_ }
    $rules = New-Object System.Collections.ArrayList
    foreach ($r in @(Get-NetFirewallRule -Direction Inbound -PolicyStore ActiveStore)) {
        $id = [string]$r.Name
        $proto = 'Any'; $local = @('Any'); $remote = @('Any'); $program = 'Any'; $service = 'Any'
        if ($appByRule.ContainsKey($id) -and $appByRule[$id] -ne '') { $program = $appByRule[$id] }
        if ($svcByRule.ContainsKey($id) -and $svcByRule[$id] -ne '') { $service = $svcByRule[$id] }
        if ($portByRule.ContainsKey($id)) { $proto = [string]$portByRule[$id].Protocol; $local = @($portByRule[$id].LocalPort | ForEach-Object { [string]$_ }) }
        if ($addrByRule.ContainsKey($id)) { $remote = @($addrByRule[$id].RemoteAddress | ForEach-Object { [string]$_ }) }
        $group = [string]$r.Group
        $rdGroup = ($group -eq '@FirewallAPI.dll,-28752')
        $covers = (Test-TcpProtocol $proto) -and ((Test-PortCovered $local $RdpPort) -or (Test-PortCovered $local 3389))
        if (-not ($rdGroup -or $covers)) { continue }
        [void]$rules.Add([ordered]@{
            name             = $id
            display_name     = [string]$r.DisplayName
            group            = $group
            enabled          = ([string]$r.Enabled -eq 'True')
            direction        = 'Inbound'
            action           = [string]$r.Action
            profiles         = [string]$r.Profile
            protocol         = $proto
            local_ports      = $local
            remote_addresses = $remote
            program          = $program
            service          = $service
            edge_traversal   = [string]$r.EdgeTraversalPolicy
        })
    }
    return [ordered]@{ profiles = @($profiles); active_profiles = $active; rules = @($rules) }
}

# --- IPsec --------------------------------------------------------------------------------------------------------
function Get-IpsecSection {
    $assigned = $null
    $local = Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\IPSec\Policy\Local' 'ActivePolicy'
    $domain = Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\IPSec\GPTIPSECPolicy' 'DSIPSECPolicyPath'
    if ($domain) {
        $assigned = [ordered]@{ name = Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\IPSec\GPTIPSECPolicy' 'DSIPSECPolicyName'; source = 'domain'; path = [string]$domain; filters = @() }
    } elseif ($local) {
        $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\IPSec\Policy\Local\' + ([string]$local).Split('\')[-1]
        $assigned = [ordered]@{ name = Get-RegValue $policyKey 'ipsecName'; source = 'local'; path = [string]$local; filters = @() }
    }
    $csr = New-Object System.Collections.ArrayList
    $ipsecRules = $null
    try { $ipsecRules = @(Get-NetIPsecRule -PolicyStore ActiveStore -ErrorAction Stop) } catch { Add-SectionError 'ipsec' $_; $csr = $null }
    foreach ($r in @($ipsecRules | Where-Object { $null -ne $_ })) {
        $ports = @('Any'); $proto = 'Any'
        try {
            $pf = Get-NetFirewallPortFilter -AssociatedNetIPsecRule $r
            if ($null -ne $pf) { $proto = [string]$pf.Protocol; $ports = @($pf.LocalPort | ForEach-Object { [string]$_ }) }
        } catch { }
        [void]$csr.Add([ordered]@{
            name              = [string]$r.DisplayName
            enabled           = ([string]$r.Enabled -eq 'True')
            inbound_security  = [string]$r.InboundSecurity
            outbound_security = [string]$r.OutboundSecurity
            protocol          = $proto
            local_ports       = $ports
        })
    }
    $rulesOut = $null
    if ($null -ne $csr) { $rulesOut = @($csr) }
    return [ordered]@{ assigned_policy = $assigned; connection_security_rules = $rulesOut }
}

# --- certificates (public facts only: thumbprint, subject, expiry, whether a private key exists) ---------------
function Get-CertificateSection([string]$Pinned) {
    $seen = @{}
    foreach ($store in @('Remote Desktop', 'My')) {
        $items = @()
        try { $items = @(Get-ChildItem -LiteralPath ("Cert:\LocalMachine\" + $store) -ErrorAction Stop) }
        catch [System.Management.Automation.ItemNotFoundException] { $items = @() }
        foreach ($c in $items) {
            if ($store -eq 'My' -and ($null -eq $Pinned -or $c.Thumbprint -ne $Pinned)) { continue }
            if ($seen.ContainsKey($c.Thumbprint + $store)) { continue }
            $seen[$c.Thumbprint + $store] = $true
            [ordered]@{ store = $store; thumbprint = [string]$c.Thumbprint; subject = [string]$c.Subject
                        not_after = ConvertTo-IsoUtc $c.NotAfter; has_private_key = [bool]$c.HasPrivateKey }
        }
    }
}

# --- licensing ----------------------------------------------------------------------------------------------------
function Get-LicensingSection {
    $out = [ordered]@{ rdsh_installed = $null; mode = $null; license_servers = @(); grace_days_left = $null }
    try { $out.rdsh_installed = [bool](Get-WindowsFeature -Name RDS-RD-Server).Installed } catch { Add-SectionError 'licensing' $_ }
    $mode = Get-RegValue $TsPolicy 'LicensingMode'
    if ($null -eq $mode) { $mode = Get-RegValue "$TS\RCM\Licensing Core" 'LicensingMode' }
    $out.mode = $mode
    $servers = Get-RegValue $TsPolicy 'LicenseServers'
    if ($servers) { $out.license_servers = @(([string]$servers).Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' }) }
    if ($out.rdsh_installed) {
        try {
            $tss = Get-CimInstance -Namespace 'root\cimv2\TerminalServices' -ClassName Win32_TerminalServiceSetting
            $grace = Invoke-CimMethod -InputObject $tss -MethodName GetGracePeriodDays
            $out.grace_days_left = [int]$grace.DaysLeft
            if ($out.license_servers.Count -eq 0) {
                $ls = Invoke-CimMethod -InputObject $tss -MethodName GetSpecifiedLicenseServerList
                if ($ls.SpecifiedLSList) { $out.license_servers = @($ls.SpecifiedLSList | ForEach-Object { [string]$_ }) }
            }
        } catch { Add-SectionError 'licensing' $_ }
    }
    return $out
}

# --- user rights, groups, account --------------------------------------------------------------------------------
# secedit writes SIDs as *S-1-...; read by key name, so the output language does not matter.
function Get-UserRights {
    $tmp = Join-Path $env:TEMP ("rdpd-rights-" + [guid]::NewGuid().ToString('N') + ".inf")
    try {
        & secedit.exe /export /cfg $tmp /areas USER_RIGHTS /quiet | Out-Null
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $tmp)) {
            throw ('secedit /export failed (exit code ' + $LASTEXITCODE + '): reading user rights needs "Run as administrator"')
        }
        $rights = @{ SeRemoteInteractiveLogonRight = @(); SeDenyRemoteInteractiveLogonRight = @() }
        foreach ($line in (Get-Content -LiteralPath $tmp -Encoding Unicode)) {
            if ($line -match '^\s*(SeRemoteInteractiveLogonRight|SeDenyRemoteInteractiveLogonRight)\s*=\s*(.*)$') {
                $rights[$Matches[1]] = @($Matches[2].Split(',') | ForEach-Object { $_.Trim().TrimStart('*') } | Where-Object { $_ -ne '' })
            }
        }
        return $rights
    } finally {
        Remove-Item -LiteralPath $tmp -Force -ErrorAction SilentlyContinue
    }
}

function Get-GroupMembers([string]$Sid) {
    foreach ($m in @(Get-LocalGroupMember -SID $Sid -ErrorAction Stop)) {
        $msid = $null
        if ($null -ne $m.SID) { $msid = [string]$m.SID.Value }
        [ordered]@{ name = [string]$m.Name; sid = $msid }
    }
}

function Get-RightsSection {
    $out = [ordered]@{ remote_desktop_users = $null; administrators = $null; remote_logon = $null; deny_remote_logon = $null }
    try { $out.remote_desktop_users = @(Get-GroupMembers 'S-1-5-32-555') } catch { Add-SectionError 'rights' $_ }
    try { $out.administrators = @(Get-GroupMembers 'S-1-5-32-544') } catch { Add-SectionError 'rights' $_ }
    try {
        $r = Get-UserRights
        $out.remote_logon = @($r.SeRemoteInteractiveLogonRight)
        $out.deny_remote_logon = @($r.SeDenyRemoteInteractiveLogonRight)
    } catch { Add-SectionError 'rights' $_ }
    return $out
}

function Get-AccountSection([string]$Name, $Rights) {
    $u = Get-LocalUser -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $u) { return [ordered]@{ name = $Name; found = $false } }
    $sid = [string]$u.SID.Value
    $escaped = $Name.Replace("'", "''")
    $wmi = Get-CimInstance -ClassName Win32_UserAccount -Filter "LocalAccount=True AND Name='$escaped'"
    $mustChange = $false
    try { $mustChange = ([int](([ADSI]("WinNT://./" + $Name + ",user")).PasswordExpired.Value) -eq 1) } catch { }
    $expired = $mustChange -or ($null -ne $u.PasswordExpires -and $u.PasswordExpires -lt $Now)
    # Unknown (null) unless the group could be read: "not a member" must never stand in for "could not look".
    $isAdmin = $null; $inRdu = $null
    if ($null -ne $Rights -and $null -ne $Rights['administrators']) {
        $isAdmin = $false
        foreach ($m in @($Rights['administrators'])) { if ($m.sid -eq $sid) { $isAdmin = $true } }
    }
    if ($null -ne $Rights -and $null -ne $Rights['remote_desktop_users']) {
        $inRdu = $false
        foreach ($m in @($Rights['remote_desktop_users'])) { if ($m.sid -eq $sid) { $inRdu = $true } }
    }
    # The built-in Administrator (RID 500) is an administrator whatever could be read.
    if ($sid -match '-500$') { $isAdmin = $true }
    $groups = $null
    if ($null -ne $isAdmin -and $null -ne $inRdu) {
        $groups = New-Object System.Collections.ArrayList
        if ($isAdmin) { [void]$groups.Add('S-1-5-32-544') }
        if ($inRdu) { [void]$groups.Add('S-1-5-32-555') }
        [void]$groups.Add('S-1-5-32-545')
        $groups = @($groups)
    }
    return [ordered]@{
        name                    = [string]$u.Name
        sid                     = $sid
        found                   = $true
        enabled                 = [bool]$u.Enabled
        locked_out              = ($null -ne $wmi -and [bool]$wmi.Lockout)
        password_expired        = [bool]$expired
        password_last_set       = ConvertTo-IsoUtc $u.PasswordLastSet
        is_administrator        = $isAdmin
        in_remote_desktop_users = $inRdu
        group_sids              = $groups
    }
}

# --- performance ----------------------------------------------------------------------------------------------------
function Get-PerformanceSection {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $cpu = (@(Get-CimInstance -ClassName Win32_Processor) | Measure-Object -Property LoadPercentage -Average).Average
    $cores = [int]$env:NUMBER_OF_PROCESSORS
    if ($cores -lt 1) { $cores = 1 }
    $top = @(Get-CimInstance -ClassName Win32_PerfFormattedData_PerfProc_Process |
             Where-Object { $_.Name -ne '_Total' -and $_.Name -ne 'Idle' } |
             Sort-Object -Property PercentProcessorTime -Descending | Select-Object -First 5 |
             ForEach-Object { [ordered]@{ name = ([string]$_.Name -replace '#\d+$', ''); pid = [int]$_.IDProcess
                                          cpu_percent = [math]::Round([double]$_.PercentProcessorTime / $cores, 1)
                                          working_set_mb = [long]([double]$_.WorkingSetPrivate / 1048576) } })
    $pf = @(Get-CimInstance -ClassName Win32_PageFileUsage | ForEach-Object {
             [ordered]@{ name = [string]$_.Name; allocated_mb = [long]$_.AllocatedBaseSize; current_usage_mb = [long]$_.CurrentUsage } })
    $cpuValue = $null
    if ($null -ne $cpu) { $cpuValue = [math]::Round([double]$cpu, 1) }
    return [ordered]@{
        cpu_percent         = $cpuValue
        top_processes       = $top
        memory_total_mb     = [long]([double]$os.TotalVisibleMemorySize / 1024)
        memory_available_mb = [long]([double]$os.FreePhysicalMemory / 1024)
        page_file           = $pf
    }
}

# Events matching a filter; an empty list when there are none, $null (and an error) when the log cannot be read.
function Get-EventsOrNull($Filter, [int]$Max) {
    try { return ,@(Get-WinEvent -FilterHashtable $Filter -MaxEvents $Max -ErrorAction Stop) }
    catch {
        if ([string]$_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return ,@() }
        Add-SectionError 'events' $_
        return $null
    }
}

# --- events of the last 24 hours (counts, not messages: messages are localized) ----------------------------------
function Get-EventSection {
    $wanted = @(
        @('System', 'Microsoft-Windows-Resource-Exhaustion-Detector', 2004),
        @('System', 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', 1057),
        @('System', 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', 1058),
        @('System', 'Schannel', 36870),
        @('System', 'Schannel', 36871),
        @('System', 'Schannel', 36872),
        # Crashes and unclean restarts: Kernel-Power 41 (rebooted without a clean shutdown), EventLog 6008 (the
        # previous shutdown was unexpected), WER-SystemErrorReporting 1001 (rebooted from a bugcheck, a blue screen).
        @('System', 'Microsoft-Windows-Kernel-Power', 41),
        @('System', 'EventLog', 6008),
        @('System', 'Microsoft-Windows-WER-SystemErrorReporting', 1001)
    )
    $counts = New-Object System.Collections.ArrayList
    foreach ($w in $wanted) {
        $ev = Get-EventsOrNull @{ LogName = $w[0]; ProviderName = $w[1]; Id = $w[2]; StartTime = $Since } 1000
        $last = $null; $count = $null
        if ($null -ne $ev) {
            $count = $ev.Count
            if ($ev.Count -gt 0) { $last = ConvertTo-IsoUtc $ev[0].TimeCreated }
        }
        [void]$counts.Add([ordered]@{ log = $w[0]; provider = $w[1]; id = $w[2]; count = $count; last = $last })
    }
    $failed = $null
    $sec = Get-EventsOrNull @{ LogName = 'Security'; Id = 4625; StartTime = $Since } 20000
    if ($null -ne $sec) { $failed = $sec.Count }
    return [ordered]@{ window_hours = 24; counts = @($counts); failed_logons_4625 = $failed }
}

# --- third-party security software (by process and service name) -----------------------------------------------
$KnownProducts = [ordered]@{
    safedog   = @('SafeDog*', '*safedog*')
    '360'     = @('360sd', '360tray', '360rp', 'ZhuDongFangYu', '360EntClient')
    huorong   = @('HipsDaemon', 'HipsTray', 'HRSword', 'usysdiag')
    yunsuo    = @('yunsuo_agent_service', 'yunsuo_agent_daemon')
    dshield   = @('D_Safe_Manage', 'D_Safe_Service')
    kingsoft  = @('kxetray', 'kxescore')
    tencent   = @('QQPCTray', 'QQPCRTP')
    mcafee    = @('mfemms', 'mcshield', 'masvc')
    symantec  = @('ccSvcHst', 'SepMasterService')
    trend     = @('ntrtscan', 'tmlisten', 'TmCCSF')
    kaspersky = @('avp', 'avpsus', 'klnagent')
    eset      = @('ekrn', 'egui')
    sophos    = @('SavService', 'SophosHealth')
    crowdstrike = @('CSFalconService')
    bitdefender = @('vsserv', 'bdservicehost')
}

function Get-SecuritySoftwareSection {
    $procs = @(Get-Process | ForEach-Object { [string]$_.ProcessName } | Sort-Object -Unique)
    $svcs = @(Get-CimInstance -ClassName Win32_Service)
    $seen = @{}
    foreach ($product in $KnownProducts.Keys) {
        foreach ($pattern in $KnownProducts[$product]) {
            foreach ($p in $procs) {
                if ($p -like $pattern -and -not $seen.ContainsKey("p:$p")) {
                    $seen["p:$p"] = $true
                    [ordered]@{ product = $product; name = $p; kind = 'process'; state = 'Running' }
                }
            }
            foreach ($s in $svcs) {
                $n = [string]$s.Name
                if ($n -like $pattern -and -not $seen.ContainsKey("s:$n")) {
                    $seen["s:$n"] = $true
                    [ordered]@{ product = $product; name = $n; kind = 'service'; state = [string]$s.State }
                }
            }
        }
    }
}

# --- typable code (same layout as RDP Doctor's typable_code.cpp; see docs/collector.md) --------------------------
$CodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function Get-Tri($Value) {
    if ($null -eq $Value) { return 0 }
    if ($Value) { return 2 }
    return 1
}

function Get-GfMul([int]$A, [int]$B) {
    $r = 0
    for ($i = 0; $i -lt 5; $i++) {
        if ($B -band 1) { $r = $r -bxor $A }
        $B = $B -shr 1
        $A = $A -shl 1
        if ($A -band 0x20) { $A = $A -bxor 0x25 }
    }
    return $r
}

# The facts the code carries, derived from the collected document exactly as RDP Doctor's parser derives them.
function Get-CodeFields($Doc) {
    $f = [ordered]@{}
    $rdp = $Doc['rdp']
    $port = $null; $tds = $null
    if ($null -ne $rdp) { $port = $rdp.port_rdp_tcp; $tds = $rdp.port_tds }
    $validPort = $null
    if ($null -ne $port -and $port -ge 1 -and $port -le 65535) { $validPort = [long]$port }
    foreach ($pair in @(@('port_rdp_tcp', $port), @('port_tds', $tds))) {
        $v = $pair[1]
        if ($null -eq $v) { $f[$pair[0]] = 131071 } elseif ($v -lt 0 -or $v -gt 131070) { $f[$pair[0]] = 131070 } else { $f[$pair[0]] = [int]$v }
    }
    # fDenyTSConnections: the policy value wins.
    $deny = $null
    if ($null -ne $rdp) { if ($null -ne $rdp.deny_ts_connections_policy) { $deny = $rdp.deny_ts_connections_policy } else { $deny = $rdp.deny_ts_connections } }
    if ($null -eq $deny) { $f.rdp_denied = 0 } else { $f.rdp_denied = Get-Tri ($deny -ne 0) }
    # TermService
    $f.ts_state = 0; $f.ts_disabled = 0
    foreach ($s in @($Doc['services'])) {
        if ($null -eq $s -or $s.name -ne 'TermService') { continue }
        $st = ([string]$s.state).ToLowerInvariant()
        if ($st -eq 'running') { $f.ts_state = 1 } elseif ($st -eq 'stopped') { $f.ts_state = 2 } elseif ($st -ne '') { $f.ts_state = 3 }
        if ($null -ne $s.start_type -and [string]$s.start_type -ne '') { $f.ts_disabled = Get-Tri (([string]$s.start_type).ToLowerInvariant() -eq 'disabled') }
    }
    # RDP-Tcp listener enabled
    $f.listener = 0
    if ($null -ne $rdp) {
        foreach ($w in @($rdp.winstations)) { if ($w.name -eq 'RDP-Tcp' -and $null -ne $w.enabled) { $f.listener = Get-Tri ($w.enabled -ne 0) } }
    }
    # Who owns the RDP port
    $f.port_owner = 0
    if ($null -ne $validPort -and $null -ne $Doc['tcp_listeners']) {
        $any = $false; $ts = $false
        foreach ($l in @($Doc['tcp_listeners'])) {
            if ($null -eq $l -or [long]$l.port -ne $validPort) { continue }
            $any = $true
            if (@($l.services) -contains 'TermService') { $ts = $true }
        }
        if ($ts) { $f.port_owner = 2 } elseif ($any) { $f.port_owner = 3 } else { $f.port_owner = 1 }
    }
    # Security settings: policy wins over the listener.
    $sl = $null; $ua = $null; $me = $null
    if ($null -ne $rdp) {
        $sl = $rdp.policy.security_layer; if ($null -eq $sl) { $sl = $rdp.listener.security_layer }
        $ua = $rdp.policy.user_authentication; if ($null -eq $ua) { $ua = $rdp.listener.user_authentication }
        $me = $rdp.policy.min_encryption_level; if ($null -eq $me) { $me = $rdp.listener.min_encryption_level }
    }
    if ($null -eq $sl) { $f.security_layer = 7 } elseif ($sl -ge 0 -and $sl -le 2) { $f.security_layer = [int]$sl } else { $f.security_layer = 3 }
    if ($null -eq $ua) { $f.user_auth = 3 } elseif ($ua -eq 0 -or $ua -eq 1) { $f.user_auth = [int]$ua } else { $f.user_auth = 2 }
    if ($null -eq $me) { $f.min_enc_valid = 0 } else { $f.min_enc_valid = Get-Tri ($me -ge 1 -and $me -le 4) }
    # Firewall
    $f.fw_on = 0; $f.fw_allows = 0; $f.fw_blocks = 0; $f.fw_3389_only = 0
    $fw = $Doc['firewall']
    if ($null -ne $fw) {
        $on = $false
        foreach ($p in @($fw.profiles)) { if ($null -ne $p -and $p.enabled) { $on = $true } }
        $f.fw_on = Get-Tri $on
        if ($null -ne $validPort) {
            $allow = $false; $block = $false; $allow3389 = $false
            foreach ($r in @($fw.rules)) {
                if ($null -eq $r -or -not $r.enabled -or -not (Test-TcpProtocol ([string]$r.protocol))) { continue }
                $action = ([string]$r.action).ToLowerInvariant()
                if (Test-PortCovered $r.local_ports $validPort) {
                    if ($action -eq 'allow') { $allow = $true }
                    if ($action -eq 'block') { $block = $true }
                }
                if ($action -eq 'allow' -and (Test-PortCovered $r.local_ports 3389)) { $allow3389 = $true }
            }
            $f.fw_allows = Get-Tri $allow
            $f.fw_blocks = Get-Tri $block
            $f.fw_3389_only = Get-Tri ($validPort -ne 3389 -and -not $allow -and $allow3389)
        }
    }
    # IPsec
    $f.ipsec = 0
    $ip = $Doc['ipsec']
    if ($null -ne $ip) {
        $present = ($null -ne $ip.assigned_policy)
        foreach ($r in @($ip.connection_security_rules)) {
            if ($null -ne $r -and $r.enabled -and ([string]$r.inbound_security).ToLowerInvariant() -eq 'require') { $present = $true }
        }
        $f.ipsec = Get-Tri $present
    }
    # Certificate: 0 unknown, 1 ok, 2 expired, 3 no private key, 4 pinned but missing
    $f.cert = 0
    if ($null -ne $Doc['certificates']) {
        $pinned = $null
        if ($null -ne $rdp -and $rdp.listener.ssl_certificate_sha1) { $pinned = ([string]$rdp.listener.ssl_certificate_sha1).ToUpperInvariant() }
        $chosen = $null
        if ($pinned) {
            foreach ($c in @($Doc['certificates'])) { if ($null -ne $c -and ([string]$c.thumbprint).ToUpperInvariant() -eq $pinned) { $chosen = $c } }
            if ($null -eq $chosen) { $f.cert = 4 }
        } else {
            foreach ($c in @($Doc['certificates'])) {
                if ($null -eq $c -or $c.store -ne 'Remote Desktop') { continue }
                if ($null -eq $chosen -or [string]$c.not_after -gt [string]$chosen.not_after) { $chosen = $c }
            }
        }
        if ($null -ne $chosen) {
            if ($chosen.has_private_key -eq $false) { $f.cert = 3 }
            elseif ($null -ne $chosen.not_after -and [string]$chosen.not_after -lt [string]$Doc['collected_at']) { $f.cert = 2 }
            elseif ($chosen.has_private_key -eq $true) { $f.cert = 1 }
        }
    }
    # Licensing: 0 unknown, 1 no Session Host role, 2 licence server set, 3 in grace, 4 grace over
    $f.licensing = 0
    $lic = $Doc['licensing']
    if ($null -ne $lic -and $null -ne $lic.rdsh_installed) {
        if (-not $lic.rdsh_installed) { $f.licensing = 1 }
        elseif (@($lic.license_servers).Count -gt 0) { $f.licensing = 2 }
        elseif ($null -ne $lic.grace_days_left) { if ($lic.grace_days_left -gt 0) { $f.licensing = 3 } else { $f.licensing = 4 } }
    }
    # CPU and memory class
    $f.cpu = 127; $f.mem_class = 0
    $perf = $Doc['performance']
    if ($null -ne $perf) {
        if ($null -ne $perf.cpu_percent) { $f.cpu = [int][math]::Max(0, [math]::Min(100, [math]::Round([double]$perf.cpu_percent, [MidpointRounding]::AwayFromZero))) }
        if ($null -ne $perf.memory_available_mb) {
            $mb = [long]$perf.memory_available_mb
            $f.mem_class = 7
            $limits = @(128, 256, 512, 1024, 2048, 4096)
            for ($i = 5; $i -ge 0; $i--) { if ($mb -lt $limits[$i]) { $f.mem_class = $i + 1 } }
        }
    }
    # Security software: 0 unknown, 1 none, 2 SafeDog, 3 other
    $f.sec_software = 0
    if ($null -ne $Doc['security_software']) {
        $list = @($Doc['security_software'] | Where-Object { $null -ne $_ })
        if ($list.Count -eq 0) { $f.sec_software = 1 }
        elseif (@($list | Where-Object { ([string]$_.product).ToLowerInvariant() -eq 'safedog' }).Count -gt 0) { $f.sec_software = 2 }
        else { $f.sec_software = 3 }
    }
    # Account and rights
    $f.acc_enabled = 0; $f.acc_locked = 0; $f.pw_expired = 0; $f.rdp_permission = 0; $f.deny_logon = 0; $f.pw_after_boot = 0
    $broad = @('S-1-1-0', 'S-1-5-11', 'S-1-5-32-545', 'S-1-5-14', 'S-1-5-4')
    $rights = $Doc['rights']
    $deny = $null; $allowRight = $null
    if ($null -ne $rights -and $null -ne $rights.deny_remote_logon) { $deny = @($rights.deny_remote_logon) }
    if ($null -ne $rights -and $null -ne $rights.remote_logon) { $allowRight = @($rights.remote_logon) }
    $denied = $null
    if ($null -ne $deny) {
        $denied = $false
        foreach ($h in $deny) { if ($broad -contains $h) { $denied = $true } }
    }
    $acc = $Doc['account']
    if ($null -ne $acc) {
        $enabled = $acc.enabled
        if ($acc.found -eq $false) { $enabled = $false }
        $f.acc_enabled = Get-Tri $enabled
        if ($acc.Contains('locked_out')) { $f.acc_locked = Get-Tri $acc.locked_out }
        if ($acc.Contains('password_expired')) { $f.pw_expired = Get-Tri $acc.password_expired }
        if ($acc.Contains('is_administrator')) {
            # Unknown when the user rights or a group membership could not be read (not run as administrator).
            $granted544 = ($null -ne $allowRight) -and ($allowRight -contains 'S-1-5-32-544')
            $granted555 = ($null -ne $allowRight) -and ($allowRight -contains 'S-1-5-32-555')
            $direct = ($null -ne $allowRight) -and (($allowRight -contains $acc.sid) -or ($allowRight -contains $acc.name))
            $yes = (($acc.is_administrator -eq $true) -and $granted544) -or (($acc.in_remote_desktop_users -eq $true) -and $granted555) -or $direct
            if ($null -eq $allowRight) { $f.rdp_permission = 0 }
            elseif ($yes) { $f.rdp_permission = 2 }
            elseif ($null -eq $acc.is_administrator -or $null -eq $acc.in_remote_desktop_users) { $f.rdp_permission = 0 }
            else { $f.rdp_permission = 1 }
            if ($null -ne $deny) {
                foreach ($h in $deny) {
                    if ($h -eq $acc.sid -or $h -eq $acc.name -or (@($acc.group_sids) -contains $h) -or
                        ($acc.is_administrator -and $h -eq 'S-1-5-32-544') -or ($acc.in_remote_desktop_users -and $h -eq 'S-1-5-32-555')) { $denied = $true }
                }
            }
        }
        if ($acc.Contains('password_last_set') -and $acc.password_last_set -and $null -ne $Doc['os'] -and $Doc['os'].last_boot) {
            $f.pw_after_boot = Get-Tri ([string]$acc.password_last_set -gt [string]$Doc['os'].last_boot)
        }
    }
    if ($null -ne $denied) { $f.deny_logon = Get-Tri $denied }
    # Selective startup and low-memory events
    $f.selective = 0
    $st = $Doc['startup']
    if ($null -ne $st) { $f.selective = Get-Tri ((@($st.msconfig_disabled_services).Count + @($st.disabled_vs_default).Count) -gt 0) }
    $f.low_mem_events = 0
    if ($null -ne $Doc['events']) {
        $n = 0
        $unread = $false
        foreach ($c in @($Doc['events'].counts)) {
            if ($c.id -eq 2004 -and ([string]$c.provider) -like '*Resource-Exhaustion*') {
                if ($null -eq $c.count) { $unread = $true } else { $n += [int]$c.count }
            }
        }
        if ($n -gt 0 -or -not $unread) { $f.low_mem_events = Get-Tri ($n -gt 0) }
    }
    return $f
}

function ConvertTo-TypableCode($Fields) {
    # Order and widths must match kWidths in typable_code.cpp.
    $layout = @(
        @('port_rdp_tcp', 17), @('port_tds', 17), @('rdp_denied', 2), @('ts_state', 2), @('ts_disabled', 2),
        @('listener', 2), @('port_owner', 2), @('security_layer', 3), @('user_auth', 2), @('min_enc_valid', 2),
        @('fw_on', 2), @('fw_allows', 2), @('fw_blocks', 2), @('ipsec', 2), @('cert', 3), @('licensing', 3),
        @('cpu', 7), @('mem_class', 3), @('sec_software', 2), @('acc_enabled', 2), @('acc_locked', 2),
        @('pw_expired', 2), @('rdp_permission', 2), @('deny_logon', 2), @('pw_after_boot', 2), @('selective', 2),
        @('low_mem_events', 2), @('fw_3389_only', 2)
    )
    $bits = New-Object System.Collections.ArrayList
    foreach ($entry in $layout) {
        $value = [int]$Fields[$entry[0]]
        for ($b = $entry[1] - 1; $b -ge 0; $b--) {
            $bit = ($value -shr $b) -band 1
            [void]$bits.Add($bit)
        }
    }
    while ($bits.Count -lt 100) { [void]$bits.Add(0) }
    $data = New-Object int[] 20
    for ($s = 0; $s -lt 20; $s++) {
        $v = 0
        for ($b = 0; $b -lt 5; $b++) { $v = ($v -shl 1) -bor [int]$bits[$s * 5 + $b] }
        $data[$s] = $v
    }
    $weights = @(2, 4, 8, 16)
    $code = 'R1'
    for ($g = 0; $g -lt 5; $g++) {
        $check = $g + 1
        $code += '-'
        for ($i = 0; $i -lt 4; $i++) {
            $d = $data[$g * 4 + $i]
            $check = $check -bxor (Get-GfMul $weights[$i] $d)
            $code += $CodeAlphabet[$d]
        }
        $code += $CodeAlphabet[$check]
    }
    # CRC-10, polynomial 0x233, over the 5 version bits and the 100 data bits.
    $crc = 0
    $stream = New-Object System.Collections.ArrayList
    for ($b = 4; $b -ge 0; $b--) {
        $bit = (1 -shr $b) -band 1
        [void]$stream.Add($bit)
    }
    foreach ($bit in $bits) { [void]$stream.Add([int]$bit) }
    foreach ($bit in $stream) {
        $top = (($crc -shr 9) -band 1) -bxor $bit
        $crc = ($crc -shl 1) -band 0x3FF
        if ($top) { $crc = $crc -bxor 0x233 }
    }
    $code += '-' + $CodeAlphabet[($crc -shr 5) -band 31] + $CodeAlphabet[$crc -band 31]
    return $code
}

# --- main ---------------------------------------------------------------------------------------------------------
$doc = [ordered]@{
    schema            = 'rdp-doctor/evidence'
    schema_version    = 1
    collector_version = $CollectorVersion
    collected_at      = ConvertTo-IsoUtc $Now
    typable_code      = $null
    errors            = $null
}

try { $doc.os = Get-OsSection } catch { Add-SectionError 'os' $_ }
try { $doc.rdp = Get-RdpSection } catch { Add-SectionError 'rdp' $_ }
$rdpPort = 3389L
if ($null -ne $doc['rdp'] -and $null -ne $doc['rdp'].port_rdp_tcp) { $rdpPort = [long]$doc['rdp'].port_rdp_tcp }
try { $doc.tcp_listeners = @(Get-ListenerSection) } catch { Add-SectionError 'tcp_listeners' $_ }
try { $doc.services = @(Get-ServiceSection) } catch { Add-SectionError 'services' $_ }
try { $doc.firewall = Get-FirewallSection $rdpPort } catch { Add-SectionError 'firewall' $_ }
try { $doc.ipsec = Get-IpsecSection } catch { Add-SectionError 'ipsec' $_ }
$pinnedHash = $null
if ($null -ne $doc['rdp']) { $pinnedHash = $doc['rdp'].listener.ssl_certificate_sha1 }
try { $doc.certificates = @(Get-CertificateSection $pinnedHash) } catch { Add-SectionError 'certificates' $_ }
try { $doc.licensing = Get-LicensingSection } catch { Add-SectionError 'licensing' $_ }
try { $doc.rights = Get-RightsSection } catch { Add-SectionError 'rights' $_ }
$doc.account = $null
if ($Account -ne '') {
    try { $doc.account = Get-AccountSection $Account $doc['rights'] } catch { Add-SectionError 'account' $_ }
}
try { $doc.performance = Get-PerformanceSection } catch { Add-SectionError 'performance' $_ }
try { $doc.events = Get-EventSection } catch { Add-SectionError 'events' $_ }
try { $doc.security_software = @(Get-SecuritySoftwareSection) } catch { Add-SectionError 'security_software' $_ }
try { $doc.startup = Get-StartupSection } catch { Add-SectionError 'startup' $_ }

$code = $null
try { $code = ConvertTo-TypableCode (Get-CodeFields $doc) } catch { Add-SectionError 'typable_code' $_ }
$doc.typable_code = $code
$doc.errors = @($script:Errors)

$json = ConvertTo-Json -InputObject $doc -Depth 12
if ($OutFile -eq '') {
    $dir = Join-Path $env:ProgramData 'RDP-Doctor'
    if (-not (Test-Path -LiteralPath $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
    $OutFile = Join-Path $dir ('rdp-evidence-' + $Now.ToString('yyyyMMdd-HHmmss') + '.json')
}
[System.IO.File]::WriteAllText($OutFile, $json, (New-Object System.Text.UTF8Encoding($false)))

Write-Output $json
Write-Output ''
Write-Output ('Evidence saved to: ' + $OutFile)
Write-Output ('Code for RDP Doctor: ' + $code)
