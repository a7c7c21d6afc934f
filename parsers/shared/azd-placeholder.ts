/**
 * azd fills `${NAME}` and `${NAME=default}` in the parameter and variable files of an azd project
 * (`main.parameters.json`, `main.tfvars.json`) from its environment when it deploys: such a value is
 * not known from the file. One place for the syntax and the words, for ARM and Terraform.
 */
const AZD_PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:=[^}]*)?\}/;

/** Why a string that holds an azd placeholder is not known, or undefined when it holds none. */
export function azdPlaceholderReason(text: string): string | undefined {
  const m = AZD_PLACEHOLDER.exec(text);
  return m ? `${m[0]} is filled in from the environment when azd deploys` : undefined;
}
