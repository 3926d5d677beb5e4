// A listing's status detail as the sources write it. The official screening list gives a licence policy, which the
// adapters keep as "Licence policy: <policy>": the label is wording the UI translates, the policy is the published
// legal term and stays as written.

const LICENCE_POLICY = 'Licence policy: ';

/** The label (a key the UI translates, or null for a detail shown as it is) and the published value. */
export interface StatusDetailParts {
  label: 'licencePolicy' | null;
  value: string;
}

/** Splits a status detail into its translatable label and its published value; other details pass unchanged. */
export function statusDetailParts(detail: string): StatusDetailParts {
  if (detail.startsWith(LICENCE_POLICY) && detail.length > LICENCE_POLICY.length)
    return { label: 'licencePolicy', value: detail.slice(LICENCE_POLICY.length) };
  return { label: null, value: detail };
}
