# Builds the Windows installer (.msi) of 政务公开年报助手 on a Windows PC.
# Needs: a JDK 21 (Temurin recommended; its jpackage picks the installer language from -J-Duser.language, which
# JDK 17's does not), Maven, WiX Toolset 3.x on the PATH (candle.exe, light.exe). Run from the repository root in
# PowerShell:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Result: target\installer\ogi-report-<version>.msi
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# MSI versions are major.minor.build with major <= 255, minor <= 255, build <= 65535: take them from the pom.
$version = (Select-Xml -Path pom.xml -Namespace @{m='http://maven.apache.org/POM/4.0.0'} `
    -XPath '/m:project/m:version').Node.InnerText -replace '-.*$', ''
$parts = $version.Split('.')
if ([int]$parts[0] -gt 255 -or [int]$parts[1] -gt 255 -or [int]$parts[2] -gt 65535) {
    throw "version $version does not fit the MSI rules (major and minor <= 255, build <= 65535)"
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3 (candle.exe, light.exe) is not on the PATH: install it from wixtoolset.org'
}

# The jar, the libraries without JavaFX, and the Windows JavaFX jars (classifier "win"); the Linux script skipped.
mvn -q -B -Ppackage '-Djavafx.platform=win' '-Dexec.skip=true' package
Copy-Item target\ogi-report.jar target\jpackage-input\ -Force

# The runtime: the modules the app needs, JavaFX's native libraries beside the JDK's.
Remove-Item -Recurse -Force target\runtime, target\jpackage, target\installer -ErrorAction SilentlyContinue
$fx = (Get-ChildItem target\javafx\*.jar | ForEach-Object { $_.FullName }) -join ';'
jlink --module-path $fx '@packaging/jlink.args' --output target\runtime
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem target\javafx\*.jar) {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    foreach ($entry in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
        [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, "target\runtime\bin\$($entry.Name)", $true)
    }
    $zip.Dispose()
}

# The installer: per machine, to C:\Program Files\ogi-report (an ASCII path), Start menu and desktop shortcuts,
# the installer's texts in Chinese (jpackage's own zh_CN translation), one upgrade UUID forever.
jpackage '-J-Dfile.encoding=UTF-8' '-J-Duser.language=zh' '-J-Duser.country=CN' `
    '@packaging/jpackage/common.args' '@packaging/jpackage/windows-msi.args' `
    --input target\jpackage-input --runtime-image target\runtime --dest target\installer --app-version $version
Get-ChildItem target\installer\*.msi
