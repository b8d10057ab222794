// Asking for an optional host permission when the user adds a subscription. The request must be the first
// thing the click handler awaits (browsers require the user's gesture). No import of the browser runtime, so
// sections render under tests; the options page may install another implementation.

export type OriginPermission = (originPattern: string) => Promise<boolean>;

interface PermissionsLike {
  permissions?: { request(p: { origins: string[] }): Promise<boolean> };
}

const fromGlobals: OriginPermission = async (pattern) => {
  const g = globalThis as { browser?: PermissionsLike; chrome?: PermissionsLike };
  const api = g.browser?.permissions ?? g.chrome?.permissions;
  if (!api) return true; // outside an extension (tests, previews): nothing to ask
  try {
    return await api.request({ origins: [pattern] });
  } catch {
    return false;
  }
};

let current: OriginPermission = fromGlobals;

export function requestOrigin(pattern: string): Promise<boolean> {
  return current(pattern);
}

export function setOriginPermission(api: OriginPermission): void {
  current = api;
}
