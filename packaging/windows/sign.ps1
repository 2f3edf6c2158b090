# Sign Windows files (executables, DLLs, the MSI, the Inno Setup installer and its
# uninstaller) with a key that never leaves a cloud or hardware signing service.
#
#   pwsh -NoProfile -File packaging\windows\sign.ps1 FILE [FILE ...]
#
# Since June 2023 the private key of a code-signing certificate must be generated and kept in
# a hardware security module: a PFX file in a CI secret is no longer issued. Two ways, chosen
# by SHAREDESK_SIGNING (packaging/README.md, "Signing on Windows"):
#
#   trusted-signing  Azure Artifact Signing (formerly Trusted Signing), through Microsoft's
#                    TrustedSigning PowerShell module. Needs AZURE_TENANT_ID, AZURE_CLIENT_ID,
#                    AZURE_CLIENT_SECRET (an app registration with the "Artifact Signing
#                    Certificate Profile Signer" role), SIGNING_ENDPOINT (for example
#                    https://weu.codesigning.azure.net/), SIGNING_ACCOUNT, SIGNING_PROFILE.
#   certstore        A certificate whose key is on a hardware token or a cloud HSM exposed to
#                    Windows through its vendor's KSP (DigiCert KeyLocker, SSL.com eSigner,
#                    YubiKey, Azure Key Vault via its KSP), on a self-hosted runner. Needs
#                    SIGNING_CERT_SHA1 (the certificate's thumbprint).
#
# Every file is timestamped (RFC 3161) so the signature outlives the certificate, then checked
# with signtool verify /pa. Exits non-zero if any file is not validly signed.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)

$ErrorActionPreference = "Stop"
$mode = $env:SHAREDESK_SIGNING
$signtool = Get-ChildItem "C:\Program Files (x86)\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName | Select-Object -Last 1
if (-not $signtool) { throw "signtool.exe not found (install the Windows 10/11 SDK)" }

switch ($mode) {
    "trusted-signing" {
        if (-not (Get-Module -ListAvailable -Name TrustedSigning)) {
            Install-Module -Name TrustedSigning -Scope CurrentUser -Force -AllowClobber
        }
        $params = @{
            Endpoint               = $env:SIGNING_ENDPOINT
            CodeSigningAccountName = $env:SIGNING_ACCOUNT
            CertificateProfileName = $env:SIGNING_PROFILE
            Files                  = ($Files -join ",")
            FileDigest             = "SHA256"
            TimestampRfc3161       = "http://timestamp.acs.microsoft.com"
            TimestampDigest        = "SHA256"
        }
        Invoke-TrustedSigning @params
    }
    "certstore" {
        if (-not $env:SIGNING_CERT_SHA1) { throw "SIGNING_CERT_SHA1 is not set" }
        & $signtool.FullName sign /sha1 $env:SIGNING_CERT_SHA1 /fd sha256 `
            /tr http://timestamp.digicert.com /td sha256 @Files
        if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
    }
    default { throw "SHAREDESK_SIGNING must be trusted-signing or certstore (got '$mode')" }
}

& $signtool.FullName verify /pa /q @Files
if ($LASTEXITCODE -ne 0) { throw "signtool verify failed: a file is not validly signed" }
