// Payments: a public API and its back-office portal, deployed with main.bicepparam.
//
// Deliberate problems (what `mtlslint lint samples/bicep/payments` reports):
// - api: client certificate mode 'Optional' from main.bicepparam (client-cert-mode);
// - api: exclusion path '/api' exempts the whole API, and any exclusion path needs TLS
//   renegotiation, which HTTP/2 (turned on here) cannot do (client-cert-exclusion-paths,
//   tls-renegotiation);
// - portal: httpsOnly passed as false and minimum TLS '1.0' (https-only, min-tls-version);
// - portal: WEBSITE_LOAD_CERTIFICATES '*' loads every private certificate (load-certificates-scope);
// - the client CA certificate's PFX and password are plain (not @secure()) parameters, and the
//   password is written in main.bicepparam (certificate-secret-in-source).

param environment string
param location string = resourceGroup().location
param apiClientCertMode string = 'Required'
param portalMinTls string = '1.2'
param caCertificate string
param caCertificatePassword string

var prefix = 'payments-${environment}'
var planId = resourceId('Microsoft.Web/serverfarms', '${prefix}-plan')
var tags = {
  workload: 'payments'
  environment: environment
  'requires-mtls': 'true'
}

module api '../modules/site.bicep' = {
  name: '${prefix}-api'
  params: {
    name: '${prefix}-api'
    location: location
    planId: planId
    tags: tags
    clientCertMode: apiClientCertMode
    clientCertExclusionPaths: '/health;/api'
    http20Enabled: true
  }
}

module portal '../modules/site.bicep' = {
  name: '${prefix}-portal'
  params: {
    name: '${prefix}-portal'
    location: location
    planId: planId
    tags: tags
    httpsOnly: false
    minTlsVersion: portalMinTls
    appSettings: {
      WEBSITE_LOAD_CERTIFICATES: '*'
    }
  }
}

resource clientCa 'Microsoft.Web/certificates@2023-12-01' = {
  name: '${prefix}-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    pfxBlob: caCertificate
    password: caCertificatePassword
  }
}
