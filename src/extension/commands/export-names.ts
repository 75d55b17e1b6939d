// Default file names of the exports (pure: no vscode import, unit-tested).

/** `plants/line-3.smartfab.yaml` + markdown -> `line-3.review.md`; html -> `line-3.review.html`. */
export function reviewReportName(plantPath: string, format: 'markdown' | 'html'): string {
  const base = plantPath.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.smartfab\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'plant';
  return `${stem}.review.${format === 'html' ? 'html' : 'md'}`;
}

export const SARIF_NAME = 'smartfab.sarif';

/** The last path segment of a URI path (the name the server links sibling files from). */
export function baseName(uriPath: string): string {
  return uriPath.split('/').filter(Boolean).pop() ?? uriPath;
}
