// An App Service app with mutual TLS, its staging slot and its app settings.
// Safe defaults: a caller has to opt out of each protection explicitly.

@description('Name of the app (globally unique).')
param name string

param location string = resourceGroup().location

@description('Resource id of the App Service plan.')
param planId string

@allowed(['app,linux', 'functionapp,linux'])
param kind string = 'app,linux'

param httpsOnly bool = true

@allowed(['Required', 'Optional', 'OptionalInteractiveUser'])
param clientCertMode string = 'Required'

@description('Paths that skip the client certificate, separated by ";". Empty: none.')
param clientCertExclusionPaths string = ''

param minTlsVersion string = '1.2'

param http20Enabled bool = false

@description('Thumbprints of the certificates the app may load (never "*").')
param loadCertificates string[] = []

param appSettings object = {}

param tags object = {}

var baseSettings = {
  WEBSITE_RUN_FROM_PACKAGE: '1'
}
var certificateSettings = empty(loadCertificates) ? {} : { WEBSITE_LOAD_CERTIFICATES: join(loadCertificates, ',') }

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: kind
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: planId
    httpsOnly: httpsOnly
    clientCertEnabled: true
    clientCertMode: clientCertMode
    clientCertExclusionPaths: empty(clientCertExclusionPaths) ? null : clientCertExclusionPaths
    siteConfig: {
      minTlsVersion: minTlsVersion
      scmMinTlsVersion: '1.2'
      http20Enabled: http20Enabled
      ftpsState: 'Disabled'
    }
  }

  resource staging 'slots' = {
    name: 'staging'
    location: location
    properties: {
      serverFarmId: planId
      httpsOnly: httpsOnly
      clientCertEnabled: true
      clientCertMode: clientCertMode
      siteConfig: {
        minTlsVersion: minTlsVersion
        http20Enabled: http20Enabled
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(baseSettings, certificateSettings, appSettings)
}

output hostName string = site.properties.defaultHostName
