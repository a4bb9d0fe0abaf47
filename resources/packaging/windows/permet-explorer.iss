; Inno Setup script for Përmet Explorer on Windows. NOT RUN HERE (no Windows machine): a recipe for a
; maintainer with Windows and Inno Setup 6 (.github/workflows/installers.yml runs it on a hosted runner).
; Saved as UTF-8 with a byte-order mark: Inno Setup 6 reads the non-ASCII "ë" correctly only with the BOM.
;   1. py -3.11 -m venv .venv-build && .venv-build\Scripts\pip install . "pyinstaller>=6.10,<7"
;   2. .venv-build\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller build.spec
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=<app/__init__.py's __version__> resources\packaging\windows\permet-explorer.iss
;      To sign (README → Signing): add /DSignTool=signtool and configure the "signtool" tool in the Inno Setup
;      IDE, or: /Ssigntool="signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f"
; Result: dist\permet-explorer-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (it is __version__ in app/__init__.py)
#endif

[Setup]
AppId={{6F1E4C2A-5B7D-4E8B-9C3A-1D2E3F405162}
AppName=Përmet Explorer
AppVersion={#AppVersion}
AppVerName=Përmet Explorer {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=The Përmet Explorer developers
DefaultDirName={autopf}\Përmet Explorer
DefaultGroupName=Përmet Explorer
DisableProgramGroupPage=yes
OutputDir=..\..\..\dist
OutputBaseFilename=permet-explorer-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\icons\permet-explorer.ico
UninstallDisplayIcon={app}\permet-explorer.exe
LicenseFile=..\..\licenses\permet-explorer.txt
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
MinVersion=10.0
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\..\dist\permet-explorer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Përmet Explorer"; Filename: "{app}\permet-explorer.exe"
Name: "{autodesktop}\Përmet Explorer"; Filename: "{app}\permet-explorer.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\permet-explorer.exe"; Description: "{cm:LaunchProgram,Përmet Explorer}"; Flags: nowait postinstall skipifsilent
