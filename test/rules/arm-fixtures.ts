/**
 * ARM template builders for the rule tables. Positions are fixed by the layout:
 * the site's `"type"` member (its declaration) is at 7:7, parameters sit on line 4
 * and the properties are one per line from line 12, indented by 8 (so a value
 * after `"name": ` starts at column 9 + the length of `"name": `).
 */
export const DECL = { line: 7, column: 7 } as const;
export const FIRST_PROP_LINE = 12;

export interface SiteOptions {
  /** Raw JSON written after `"parameters": ` on line 4 (one line). */
  parameters?: string;
  type?: string;
  kind?: string;
  name?: string;
}

export function armSite(props: readonly string[], o: SiteOptions = {}): string {
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": ${o.parameters ?? '{}'},
  "resources": [
    {
      "type": "${o.type ?? 'Microsoft.Web/sites'}",
      "apiVersion": "2023-12-01",
      "name": "${o.name ?? 'api'}",
      "kind": "${o.kind ?? 'app'}",
      "properties": {
        ${props.join(',\n        ')}
      }
    }
  ]
}
`;
}

/** A parameter file for `main.json` with the given values. */
export function armParams(values: Record<string, unknown>): string {
  const entries = Object.entries(values).map(([k, v]) => `    "${k}": { "value": ${JSON.stringify(v)} }`);
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
${entries.join(',\n')}
  }
}
`;
}

/** Client certificates on with mode Required: what the mTLS rules need to look further. */
export const CERTS_ON = ['"clientCertEnabled": true'];

/**
 * An ARM template with one `Microsoft.Web/certificates` resource: declaration at 7:7,
 * parameters on line 4, properties one per line from line 11, indented by 8.
 */
export function armCertificate(props: readonly string[], o: { parameters?: string; type?: string } = {}): string {
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": ${o.parameters ?? '{}'},
  "resources": [
    {
      "type": "${o.type ?? 'Microsoft.Web/certificates'}",
      "apiVersion": "2023-12-01",
      "name": "client-ca",
      "properties": {
        ${props.join(',\n        ')}
      }
    }
  ]
}
`;
}
