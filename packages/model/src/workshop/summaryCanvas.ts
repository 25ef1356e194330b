import type { BoundedContextCanvas, Communication } from '../schema/BoundedContext';
import { mdInline, mdList } from './markdown';

const LABELS = {
  core: 'core',
  supporting: 'supporting',
  generic: 'generic',
  revenue: 'revenue',
  engagement: 'engagement',
  compliance: 'compliance',
  costReduction: 'cost reduction',
  genesis: 'genesis',
  customBuilt: 'custom built',
  product: 'product',
  commodity: 'commodity',
} as const;

function field(out: string[], title: string, items: readonly string[]): void {
  const kept = items.filter((i) => i.trim() !== '');
  if (kept.length === 0) return;
  out.push('', `**${title}**`, '', ...mdList(kept.map(mdInline)));
}

const communication = (c: Communication) => {
  const parts = [mdInline(c.collaborator) || '_someone_'];
  if (c.relationship.trim() !== '') parts.push(`(${mdInline(c.relationship)})`);
  return `${parts.join(' ')}: ${c.messageKind} ${mdInline(c.message)}`.trimEnd();
};

/** The filled-in fields of a Bounded Context Canvas as Markdown lines (empty fields left out). */
export function canvasMarkdown(canvas: BoundedContextCanvas): string[] {
  const out: string[] = [];
  if (canvas.purpose.trim() !== '') out.push('', `**Purpose:** ${mdInline(canvas.purpose)}`);
  const { domain, businessModel, evolution } = canvas.classification;
  const classification = [
    domain ? `domain: ${LABELS[domain]}` : null,
    businessModel.length > 0 ? `business model: ${businessModel.map((b) => LABELS[b]).join(', ')}` : null,
    evolution ? `evolution: ${LABELS[evolution]}` : null,
  ].filter((x): x is string => x !== null);
  if (classification.length > 0) out.push('', `**Strategic classification:** ${classification.join('; ')}`);
  field(out, 'Domain roles', canvas.domainRoles);
  if (canvas.inbound.length > 0) out.push('', '**Inbound communication**', '', ...mdList(canvas.inbound.map(communication)));
  if (canvas.outbound.length > 0) out.push('', '**Outbound communication**', '', ...mdList(canvas.outbound.map(communication)));
  const terms = canvas.ubiquitousLanguage.filter((t) => t.term.trim() !== '');
  if (terms.length > 0) {
    out.push('', '**Ubiquitous language**', '', ...mdList(terms.map((t) => `**${mdInline(t.term)}**: ${mdInline(t.definition)}`)));
  }
  field(out, 'Business decisions', canvas.businessDecisions);
  field(out, 'Assumptions', canvas.assumptions);
  field(out, 'Verification metrics', canvas.verificationMetrics);
  field(out, 'Open questions', canvas.openQuestions);
  return out;
}
