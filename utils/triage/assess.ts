// Facts → report: the one place a photo's own findings and verdict are made from what analysis measured.
// The checklist adds what depends on the order (reuse, a shot's own minimum); the Check page adds
// duplicates within a batch.
import type { PhotoFacts, PhotoReport } from '@/utils/photo/types';
import { evaluatePhoto, type RuleContext, verdictOf } from './rules';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

export function assess(
  facts: PhotoFacts,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  context: RuleContext = {},
): PhotoReport {
  const findings = evaluatePhoto(facts, thresholds, context);
  return { ...facts, findings, verdict: verdictOf(findings, facts.error) };
}
