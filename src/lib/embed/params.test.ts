/** URL parameters, read against the fixture ledger and story (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { NO_PARAMS, pageVocabulary, readParams } from './params.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { ledger, story } = fixture();
const { steps } = story;

describe('readParams', () => {
  it('reads theme, a pinned view with flows, a step and scroll=host', () => {
    expect(
      readParams('?theme=dark&view=front&flows=convoy&step=reserve&scroll=host', pageVocabulary(ledger, steps)),
    ).toEqual({
      ...NO_PARAMS,
      theme: 'dark',
      pinned: { view: 'front', flows: ['convoy'] },
      step: 'reserve',
      scroll: 'host',
    });
  });

  it.each(['convoy,tanks', 'tanks', 'convoy,', 'convoy,,convoy', 'Convoy'])(
    'refuses a pin whole when a flow id is unknown (flows=%s), and reads the rest of the link',
    (flows) => {
      expect(readParams(`?view=front&flows=${flows}&step=reserve`, pageVocabulary(ledger, steps))).toEqual({
        ...NO_PARAMS,
        step: 'reserve',
      });
    },
  );

  it('ignores what it does not know', () => {
    expect(readParams('?theme=sepia&view=mars&step=nope&scroll=yes', pageVocabulary(ledger, steps))).toEqual(NO_PARAMS);
  });

  it('reads no parameters as the server-rendered page has them', () => {
    expect(readParams('', pageVocabulary(ledger, steps))).toEqual(NO_PARAMS);
  });

  it('pins all flows when none are named, and none when the list is empty', () => {
    expect(readParams('?view=wide', pageVocabulary(ledger, steps)).pinned).toEqual({ view: 'wide', flows: undefined });
    expect(readParams('?view=wide&flows=', pageVocabulary(ledger, steps)).pinned).toEqual({ view: 'wide', flows: [] });
  });

  it('reads flows only with a view', () => {
    expect(readParams('?flows=convoy&theme=light', pageVocabulary(ledger, steps))).toEqual({
      ...NO_PARAMS,
      theme: 'light',
    });
  });

  it("reads what pym.js's parent passes its child", () => {
    const search = `?childId=graphic&parentUrl=${encodeURIComponent('http://localhost:8080/page?x=1')}`;
    expect(readParams(search, pageVocabulary(ledger, steps)).pym).toEqual({
      childId: 'graphic',
      parentUrl: 'http://localhost:8080/page?x=1',
    });
  });
});
