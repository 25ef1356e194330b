// Turning free text into Context Mapper (CML) identifiers. CML is an Xtext language: an
// ID is `^?[A-Za-z_][A-Za-z0-9_]*`, and a word the grammar uses as a keyword must be
// written with a leading `^` to be read as a name (ContextMappingDSL.xtext and
// TacticDDDLanguage.xtext in ContextMapper/context-mapper-dsl).

/** Every word the CML grammars use as a keyword (case-sensitive, like Xtext). */
const CML_KEYWORDS: ReadonlySet<string> = new Set(
  `import ContextMap type state contains BoundedContext implements realizes refines domainVisionStatement
  responsibilities implementationTechnology knowledgeLevel Domain Subdomain supports P Partnership SK U D S C
  exposedAggregates downstreamRights Aggregate useCases userStories features userRequirements owner
  likelihoodForChange structuralVolatility contentVolatility availabilityCriticality consistencyCriticality
  storageSimilarity securityCriticality securityZone securityAccessGroup Application Flow command operation
  event triggers X x O o UseCase actor interactions benefit scope level UserStory a an in for to create read
  update delete Module external basePackage hint PL OHS ACL CF UNDEFINED AS_IS TO_BE SYSTEM_LANDSCAPE
  ORGANIZATIONAL FEATURE APPLICATION SYSTEM TEAM CORE_DOMAIN SUPPORTING_DOMAIN GENERIC_SUBDOMAIN INFLUENCER
  OPINION_LEADER VETO_RIGHT DECISION_MAKER MONOPOLIST META CONCRETE NORMAL RARELY OFTEN HIGH LOW HUGE TINY
  ApplicationPart Service gap nogap webservice Resource scaffold path Consumer queueName topicName subscribe
  eventBus publish DomainEvent Event void throws write Command CommandEvent Trait def abstract public protected
  private package Entity extends with optimisticLocking auditable cache databaseTable discriminatorValue
  discriminatorColumn discriminatorType discriminatorLength inheritanceType validate aggregateRoot belongsTo
  ValueObject immutable persistent DataTransferObject BasicType key changeable required nullable index
  assertFalse assertTrue creditCardNumber digits email future past max min decimalMax decimalMin notEmpty
  notBlank pattern range size length scriptAssert url transient databaseColumn databaseType cascade fetch
  inverse databaseJoinTable databaseJoinColumn valid orderby orderColumn opposite Repository inject query
  condition select groupBy orderBy construct build map enum aggregateLifecycle ordinal None GET POST PUT DELETE
  JOINED SINGLE_TABLE STRING CHAR INTEGER String int Integer long Long boolean Boolean Date DateTime Timestamp
  BigDecimal BigInteger double Double float Float Key PagingParameter PagedResult Blob Clob Set List Bag
  Collection Map not reference AccessObject delegates`.split(/\s+/),
);

/** Whether `word` is a CML keyword (and so needs a `^` to be used as a name). */
export function isCmlKeyword(word: string): boolean {
  return CML_KEYWORDS.has(word);
}

/** Words of `text` in plain ASCII letters and digits (accents folded, the rest dropped). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);

/**
 * A CML name in `style` for `text`: "order placed!" → `OrderPlaced` / `orderPlaced`.
 * Falls back to `fallback` when nothing usable is left, prefixes it when the result
 * would start with a digit, and escapes keywords with `^`.
 */
export function cmlName(text: string, style: 'pascal' | 'camel', fallback: string): string {
  const parts = words(text);
  let name = parts.map((w, i) => (style === 'camel' && i === 0 ? lowerFirst(w) : upperFirst(w))).join('');
  if (name === '') name = fallback;
  else if (/^[0-9]/.test(name)) name = `${fallback}${name}`;
  return isCmlKeyword(name) ? `^${name}` : name;
}

/** Hands out names that are unique within one scope by appending 2, 3, … */
export class CmlNameScope {
  private readonly used = new Set<string>();

  /** `name` itself if still free in this scope, otherwise `name2`, `name3`, … */
  claim(name: string): string {
    const bare = name.replace(/^\^/, '');
    let candidate = bare;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${bare}${n}`;
    // Compared case-insensitively: generated code and file systems often fold case.
    this.used.add(candidate.toLowerCase());
    return isCmlKeyword(candidate) ? `^${candidate}` : candidate;
  }
}

/** A CML string literal (Xtext STRING: double quotes, backslash escapes). */
export function cmlString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    // Other control characters carry no meaning in a vision statement.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${body}"`;
}

/** A `//` comment line's text: one line, nothing that could end or start anything. */
export function cmlComment(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();
}
