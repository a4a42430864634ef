/**
 * One claimant's row of the spread chart: a mark per stated claim (restatements folded into the
 * claim they repeat), packed into lanes so that outlets repeating one estimate show as several
 * marks, each named for assistive technology.
 */
import type { ScaleLinear } from 'd3-scale';
import { type ClaimantGroup, type StatedClaim } from '../data/query.ts';
import { formatDate, formatEstimate, outletName } from '../i18n/ledger-words.ts';
import type { Qualifier } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';
import { round } from '../round.ts';
import { packLanes } from './lanes.ts';
import { markExtent, markGeometry, markReach, markShape, type MarkExtent, type MarkGeometry } from './marks.ts';
import { GAP, LANE, PX, ROW_PAD } from './sizes.ts';

export interface SpreadMark extends MarkExtent, MarkGeometry {
  /** The stated claim's id. */
  id: string;
  qualifier: Qualifier;
  /** The claimant's label (from claimants.json). */
  claimant: string;
  /** The claim with its source and restatements. */
  stated: StatedClaim;
  /** "Western officials: about 9,000 soldiers, CNN, 22 August 2025": the mark's accessible name. */
  label: string;
}

export interface SpreadRow {
  /** The claimant key. */
  key: string;
  /** The claimant's label. */
  label: string;
  /** "3 outlets, 1 estimate". */
  tally: string;
  /** The claimant's distinct estimates, formatted: "about 9,000". */
  estimates: string[];
  /** Whether no claimant is named for these claims. */
  unattributed: boolean;
  /** Row height in px: enough lanes for its stacked marks. */
  height: number;
  marks: SpreadMark[];
  group: ClaimantGroup;
}

/** The row of one claimant group, on the scale `x`, for a quantity counted in `unit`, in the edition's words. */
export function spreadRow(group: ClaimantGroup, x: ScaleLinear<number, number>, unit: string, i18n: I18n): SpreadRow {
  const extents = group.stated.map(({ claim }) => markExtent(markShape(claim.qualifier), x(claim.low), x(claim.high)));
  const { lanes, count } = packLanes(extents.map(markReach), GAP);
  const marks = group.stated.map((stated, i): SpreadMark => ({
    id: stated.claim.id,
    qualifier: stated.claim.qualifier,
    ...extents[i],
    ...markGeometry(extents[i], lanes[i]),
    claimant: group.claimant.label,
    stated,
    label: i18n.t('chart.mark', {
      claimant: group.claimant.label,
      estimate: formatEstimate(stated.claim, i18n),
      unit,
      outlet: outletName(stated.source, i18n),
      date: formatDate(stated.source, i18n),
    }),
  }));
  return {
    key: group.claimant.key,
    label: group.claimant.label,
    tally: i18n.t('chart.tally', {
      outlets: i18n.t('chart.outlets', { count: group.outlets }),
      estimates: i18n.t('chart.estimates', { count: group.estimates.length }),
    }),
    estimates: group.estimates.map((e) => formatEstimate(e, i18n)),
    unattributed: group.claimant.kind === 'unattributed',
    height: round(ROW_PAD * 2 + Math.max(1, count) * LANE, PX),
    marks,
    group,
  };
}
