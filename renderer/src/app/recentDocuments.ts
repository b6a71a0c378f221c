// "Open recent": the documents this browser opened last, newest first.

const recentKey = 'setu.recent';
const keep = 8;

export function recentDocumentIds(): number[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(recentKey) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((value): value is number => Number.isInteger(value))
      : [];
  } catch {
    return [];
  }
}

export function rememberDocument(documentId: number): void {
  const ids = [documentId, ...recentDocumentIds().filter((id) => id !== documentId)].slice(0, keep);
  window.localStorage.setItem(recentKey, JSON.stringify(ids));
}
