/**
 * The words of the note on a linked deployment (`templateLink`) that is not analysed: one place for
 * ARM templates (which follow a link beside them) and Bicep `Microsoft.Resources/deployments` resources.
 */
export type LinkedTemplate =
  | { by: 'relativePath'; shown: string; found: 'present' | 'missing' | 'unknown' | 'path-unknown' | { unreadable: string } | { notTemplate: string } }
  | { by: 'uri' | 'id'; shown: string };

const WITHOUT = 'without the parameters this deployment passes';

/** `shown`: the link as written, cut to 80 characters. */
export function shownLink(text: string): string {
  return `'${text.length > 80 ? `${text.slice(0, 79)}…` : text}'`;
}

export function linkedTemplateNote(link: LinkedTemplate): string {
  if (link.by === 'id')
    return `template spec ${link.shown} is not analysed: template specs live in Azure; lint the template spec's source, where its settings are checked ${WITHOUT}`;
  if (link.by !== 'relativePath') return `linked template ${link.shown} is not analysed: it is downloaded at deployment; lint that template's source too, where its settings are checked ${WITHOUT}`;
  return `linked template ${link.shown} is not analysed through this deployment: ${whyNotFollowed(link.found)}`;
}

function whyNotFollowed(found: Extract<LinkedTemplate, { by: 'relativePath' }>['found']): string {
  if (typeof found === 'object') return 'unreadable' in found ? `it cannot be read (${found.unreadable})` : `it is not an ARM template (${found.notTemplate})`;
  switch (found) {
    case 'missing':
      return 'there is no such file beside this template';
    case 'path-unknown':
      return `its path is only known at deployment; lint that template too, where its settings are checked ${WITHOUT}`;
    case 'present':
      return `it is not followed from here (a templateLink in Bicep or in a JSON module of a Bicep file); it is linted on its own, ${WITHOUT}`;
    case 'unknown':
      return `it is not followed from here (a templateLink in a JSON module of a Bicep file); lint that template too, where its settings are checked ${WITHOUT}`;
  }
}
