# RDP Doctor: the Cloud Assistant command that runs collect-rdp-evidence.ps1 (checks/cloud/collector_command.h).
# A template: RDP Doctor fills in @Z@ (the collector, raw DEFLATE in Base64), @H@ (its SHA-256) and @B@ (the output
# budget) and leaves out these comment lines, so the command stays within RunCommand's 24 KB. Kept terse on purpose.
$ErrorActionPreference='Stop';$ProgressPreference='SilentlyContinue'
try{[Console]::OutputEncoding=New-Object Text.UTF8Encoding $false}catch{}
function H($b){-join([Security.Cryptography.SHA256]::Create().ComputeHash([byte[]]$b)|%{$_.ToString('x2')})}
$m=New-Object IO.MemoryStream
(New-Object IO.Compression.DeflateStream((New-Object IO.MemoryStream(,[Convert]::FromBase64String('@Z@'))),[IO.Compression.CompressionMode]::Decompress)).CopyTo($m)
$s=$m.ToArray()
if((H $s)-ne'@H@'){'RDPD-SCRIPT-HASH-REFUSED '+(H $s);exit 3}
$f=Join-Path $env:TEMP('rdpd-'+[guid]::NewGuid().ToString('N')+'.json')
$o=&([ScriptBlock]::Create([Text.Encoding]::UTF8.GetString($s))) -OutFile $f
$c=@($o|?{"$_"-like'Code for RDP Doctor: *'})
'RDPD-CODE '+$(if($c){"$($c[0])".Substring(21)})
$j=[IO.File]::ReadAllText($f);Remove-Item -LiteralPath $f -Force
$e={[regex]::Replace($j,'[^\x00-\x7e]',{'\u{0:x4}'-f[int][char]$args[0].Value})}
$t=&$e
if($t.Length-gt[int]'@B@'){$j=$j|ConvertFrom-Json|ConvertTo-Json -Compress -Depth 12;$t=&$e}
if($t.Length-gt[int]'@B@'){'RDPD-TOO-LARGE '+$t.Length;exit 0}
'RDPD-EVIDENCE-BEGIN '+$t.Length+' '+(H([Text.Encoding]::ASCII.GetBytes($t)))
$t
'RDPD-EVIDENCE-END'
