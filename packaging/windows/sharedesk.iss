; Inno Setup 6 script: per-user install of the PyInstaller one-folder build (no admin rights).
;
; Build (CI does this; see .github/workflows/build.yml):
;   pyinstaller --noconfirm packaging\sharedesk.spec
;   iscc /DAppVersion=<version from src\sharedesk\__init__.py> packaging\windows\sharedesk.iss
; Output: dist\sharedesk-<version>-windows-x64-setup.exe
;
; Silent install for one user, optionally importing the organisation profile (docs/admin-guide.md):
;   sharedesk-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /PROFILE="\\server\it\sharedesk\organisation.toml" ^
;       /SIGNINGKEY="\\server\it\sharedesk\profile-signing-key.pub.pem" /LOG="%TEMP%\sharedesk-setup.log"
; Setup exits with code 0 on success; if the profile is refused, the program is still installed,
; the reason is written to the log and setup exits non-zero (see CurStepChanged below).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (read it from src\sharedesk\__init__.py)
#endif

[Setup]
AppId={{6B1F3C52-7E0A-4C1B-9D84-52A4F0C1D7E3}
AppName=sharedesk
AppVersion={#AppVersion}
AppVerName=sharedesk {#AppVersion}
AppPublisher=sharedesk developers
#ifdef Sign
; Signs setup.exe and the uninstaller it embeds (SignedUninstaller) with the "sharedesk" sign
; tool passed to iscc: /DSign "/Ssharedesk=pwsh -NoProfile -File $qpackaging\windows\sign.ps1$q $f"
SignTool=sharedesk
SignedUninstaller=yes
#endif
; Per-user: everything under the user's profile, no UAC prompt, no admin rights. Managed estates
; where AppLocker blocks %LOCALAPPDATA% use the per-machine MSI instead (sharedesk.wxs).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\sharedesk
DisableDirPage=yes
DisableProgramGroupPage=yes
DefaultGroupName=sharedesk
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sharedesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\sharedesk.ico
UninstallDisplayIcon={app}\sharedesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; The vault and settings live in %LOCALAPPDATA%\sharedesk, outside {app}: uninstalling or
; upgrading never touches them.

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Files]
Source: "..\..\dist\sharedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's Python modules must not mix with the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\sharedesk"; Filename: "{app}\sharedesk.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\sharedesk"; Filename: "{app}\sharedesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\sharedesk.exe"; Description: "Start sharedesk"; Flags: nowait postinstall skipifsilent

[Code]
var
  ProfileFailed: Boolean;

function ProfileParam(): String;
begin
  Result := ExpandConstant('{param:PROFILE|}');
end;

function SigningKeyParam(): String;
begin
  Result := ExpandConstant('{param:SIGNINGKEY|}');
end;

procedure ApplyProfile();
var
  Args: String;
  ResultCode: Integer;
begin
  Args := 'profile apply "' + ProfileParam() + '"';
  if SigningKeyParam() <> '' then
    Args := Args + ' --signing-key "' + SigningKeyParam() + '"';
  Log('Applying organisation profile: sharedesk-cli ' + Args);
  if not Exec(ExpandConstant('{app}\sharedesk-cli.exe'), Args, '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
  begin
    ProfileFailed := True;
    Log('The organisation profile was refused (exit code ' + IntToStr(ResultCode) + '). ' +
        'Run "sharedesk-cli profile check FILE" to see why.');
    SuppressibleMsgBox('sharedesk is installed, but the organisation profile was refused. ' +
                       'Ask your administrator, or run "sharedesk-cli profile check" on it.',
                       mbError, MB_OK, IDOK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and (ProfileParam() <> '') then
    ApplyProfile();
end;

function GetCustomSetupExitCode(): Integer;
begin
  if ProfileFailed then
    Result := 10
  else
    Result := 0;
end;
