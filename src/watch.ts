/**
 * The story page's watch over its own map: a script of its own, with no imports, so that it runs
 * when any other script of the page fails or hangs (the entry, a shared chunk, Svelte's runtime,
 * the islands' props or the map island; vite.config.ts builds it as an entry and puts it first).
 * The map is two islands (src/lib/islands): the scroller, which picks the step, and the map, which
 * follows it. Until both run, the prerendered map shows the first step; this makes sure the reader
 * never takes it for the step being read:
 *
 * - late (the islands are on their way): once the reader is past the first step, the map shows a
 *   picture of the step being read (the step's own static picture), marked as catching up;
 * - failed (a script did not load, or an island reported an error): the page turns to what it
 *   shows without JavaScript, each step's own map picture in the step, and a note says the map
 *   could not load; the live region says the same.
 *
 * Once both islands run, it steps aside for good. It reads the step the way the scroller does
 * (src/lib/story/active.ts: the last step whose top has crossed the trigger line), with the line
 * the page writes (data-trigger), so the two never disagree on the rule.
 */

/** Written on <html>: "late" while the map catches up, "pictures" once it failed. */
type MapState = 'late' | 'pictures';

function watchStory(root: HTMLElement): void {
  const html = document.documentElement;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const trigger = Number(root.dataset.trigger);
  const islands = ['map', 'scroller'].map((name) => root.querySelector<HTMLElement>(`[data-island="${name}"]`));
  const catchUp = root.querySelector<HTMLElement>('[data-role="catch-up"]');
  const picture = catchUp?.querySelector('img');
  const failedNote = root.querySelector<HTMLElement>('[data-role="map-failed"]');
  const live = root.querySelector<HTMLElement>('[data-role="map-live"]');
  if (!steps.length || !(trigger > 0) || islands.includes(null) || !catchUp || !picture || !failedNote || !live) return;

  let done = false;
  const say = (text: string) => {
    if (live.textContent !== text) live.textContent = text;
  };
  const set = (state: MapState | null) => {
    if (state) html.dataset.map = state;
    else delete html.dataset.map;
  };

  const running = () => islands.every((el) => el?.dataset.hydrated === 'true');
  const failed = () =>
    html.dataset.hydrated === 'failed' || islands.some((el) => el?.dataset.islandError !== undefined);

  const activeIndex = () => {
    const line = innerHeight * trigger;
    let index = 0;
    steps.forEach((s, i) => {
      if (s.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  };

  function stop() {
    done = true;
    observer.disconnect();
    removeEventListener('scroll', schedule);
    removeEventListener('resize', schedule);
    removeEventListener('error', onError, true);
    catchUp!.hidden = true;
  }

  function fail() {
    if (done) return;
    stop();
    set('pictures');
    failedNote!.hidden = false;
    say(failedNote!.textContent?.trim() ?? '');
  }

  function check() {
    frame = 0;
    if (done) return;
    if (failed()) return fail();
    if (running()) {
      stop();
      set(null);
      return;
    }
    const index = activeIndex();
    // The prerendered map shows the first step: only later steps need a picture of their own.
    const late = index > 0;
    catchUp!.hidden = !late;
    set(late ? 'late' : null);
    if (!late) return;
    const own = steps[index].querySelector<HTMLImageElement>('img[data-step-picture]');
    // The picture for this screen, as its <picture> chooses (MapPicture: the phone's on a narrow
    // one). Not the step's currentSrc: a lazy picture out of view has chosen nothing yet.
    const source = own?.parentElement?.querySelector('source');
    const src = source && matchMedia(source.media).matches ? source.srcset : own?.getAttribute('src');
    if (src && picture!.getAttribute('src') !== src) {
      picture!.src = src;
      picture!.alt = own?.alt ?? '';
      catchUp!.dataset.showing = steps[index].dataset.step;
    }
    say(catchUp!.querySelector('[data-role="catch-up-label"]')?.textContent?.trim() ?? '');
  }

  let frame = 0;
  function schedule() {
    frame ||= requestAnimationFrame(check);
  }
  /** A script of the page that did not load (the entry or a chunk it imports): nothing will hydrate. */
  function onError(e: Event) {
    if (e.target instanceof HTMLScriptElement) fail();
  }

  // The islands and the entry say how they are doing on the page (islands.ts, main.ts).
  const observer = new MutationObserver(schedule);
  observer.observe(html, { attributes: true, attributeFilter: ['data-hydrated'] });
  for (const el of islands)
    observer.observe(el!, { attributes: true, attributeFilter: ['data-hydrated', 'data-island-error'] });
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  addEventListener('error', onError, true);
  schedule();
}

const story = document.getElementById('story-steps');
if (story) watchStory(story);
