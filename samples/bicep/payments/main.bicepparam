using './main.bicep'

param environment = 'prod'
param apiClientCertMode = 'Optional'
param portalMinTls = '1.0'
param caCertificate = readEnvironmentVariable('PAYMENTS_CA_PFX', '')
param caCertificatePassword = 'Payments-CA-2026!'
