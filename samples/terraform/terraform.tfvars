environment   = "prod"
enforce_https = false
# A secret in a committed tfvars file is still a secret in source.
legacy_cert_password = "Orders-Cert-2024!"
