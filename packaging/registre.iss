; Inno Setup script: a per-user Windows installer for the one-folder bundle.
; Build the bundle first (python packaging\build.py), then: iscc packaging\registre.iss
; The version comes from the command line: iscc /DAppVersion=0.1.0 packaging\registre.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B7E5A-3F0D-4C52-9B8E-0D2A7F4E9A61}
AppName=Registre
AppVersion={#AppVersion}
AppPublisher=Registre
DefaultDirName={localappdata}\Programs\Registre
DefaultGroupName=Registre
DisableProgramGroupPage=yes
; Per user: no administrator rights needed, nothing written outside the user's profile.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Registre-{#AppVersion}-setup
SetupIconFile=..\resources\icons\registre.ico
UninstallDisplayIcon={app}\Registre.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The user's data (database, backups, settings) lives in the user's folders and is kept on
; uninstall: only the program folder is removed.

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.LaunchProgram=Lancer Registre
english.LaunchProgram=Start Registre

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Registre\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Registre"; Filename: "{app}\Registre.exe"
Name: "{autodesktop}\Registre"; Filename: "{app}\Registre.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Registre.exe"; Description: "{cm:LaunchProgram}"; Flags: nowait postinstall skipifsilent
