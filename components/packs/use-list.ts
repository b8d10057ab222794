// Loads a list from the background and reloads it on demand; errors are kept as the background's sentence.
import { useEffect, useState } from 'preact/hooks';
import type { Reply } from '../../messaging/protocol.ts';

export function useLoaded<T>(load: () => Promise<Reply<T>>): {
  value: T | null;
  error: string | null;
  reload(): Promise<void>;
  set(value: T): void;
} {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    const r = await load();
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(r.error);
  };
  useEffect(() => {
    void reload();
  }, []);
  return { value, error, reload, set: setValue };
}
