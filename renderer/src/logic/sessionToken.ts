// `setu serve` prints a URL whose hash carries the per-launch token (#token=…). The page keeps
// it in sessionStorage so a reload works, and takes it out of the address bar so it is not
// bookmarked or shared by accident.

export type TokenFromLocation = {
  token: string | null;
  /** The hash to put back without the token, or null when the hash had no token. */
  remainingHash: string | null;
};

export function tokenFromHash(hash: string): TokenFromLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  if (token === null) return { token: null, remainingHash: null };
  params.delete('token');
  const rest = params.toString();
  return { token, remainingHash: rest === '' ? '' : `#${rest}` };
}
