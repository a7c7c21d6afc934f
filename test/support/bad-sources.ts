/** A Bicep site whose only finding is `https-only` at 7:16 (`false`): the editor and hook round trips fix it. */
export const BAD_BICEP = `param location string = resourceGroup().location

resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'contoso-api'
  location: location
  properties: {
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`;
