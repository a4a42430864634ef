/**
 * Resolves once the browser has put the page's first text on screen: the `first-contentful-paint`
 * entry of the Paint Timing API, whose time is when the frame was presented, not when it was
 * painted on the main thread. The entry waits on it so that no island's code is even requested
 * until the reader can read (a rAF and a timeout can run before the frame reaches the screen).
 * Where the API is missing, one frame and a task stand in; a page that never paints (a tab
 * opened in the background) goes on after `timeoutMs`.
 */
export function firstContentfulPaint(timeoutMs = 2000): Promise<void> {
  return new Promise((painted) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(painted, 0));
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      painted();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, timeoutMs);
    observer.observe({ type: 'paint', buffered: true });
  });
}
