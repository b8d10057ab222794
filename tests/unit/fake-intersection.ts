// A controllable IntersectionObserver for DOM tests (happy-dom's never reports): by default every observed
// element is reported near at once, like a unit on screen; `far` elements are reported away until `bring`.
type Callback = (entries: IntersectionObserverEntry[]) => void;

export interface FakeIntersection {
  /** Elements to report as far from the viewport when observed. */
  far: Set<Element>;
  /** Reports an element as near (scrolled into view). */
  bring(el: Element): void;
  restore(): void;
}

export function installIntersection(win: Window & typeof globalThis = window): FakeIntersection {
  const observers = new Set<{ cb: Callback; targets: Set<Element> }>();
  const far = new Set<Element>();
  const entry = (target: Element, isIntersecting: boolean) =>
    ({ target, isIntersecting }) as unknown as IntersectionObserverEntry;
  class FakeObserver {
    private readonly state: { cb: Callback; targets: Set<Element> };
    constructor(cb: Callback) {
      this.state = { cb, targets: new Set() };
      observers.add(this.state);
    }
    observe(el: Element) {
      this.state.targets.add(el);
      this.state.cb([entry(el, !far.has(el))]);
    }
    unobserve(el: Element) {
      this.state.targets.delete(el);
    }
    disconnect() {
      observers.delete(this.state);
    }
  }
  const saved = win.IntersectionObserver;
  win.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  return {
    far,
    bring(el) {
      far.delete(el);
      for (const o of observers) if (o.targets.has(el)) o.cb([entry(el, true)]);
    },
    restore() {
      win.IntersectionObserver = saved;
    },
  };
}
