/**
 * Names the templates use for their own types, values and folders. Board-derived names
 * never take them (they get a numeric suffix instead), so generated code cannot clash.
 */
export const TEMPLATE_NAMES: readonly string[] = [
  // types
  'Money', 'Problem', 'HealthStatus', 'EventBus', 'BusMessage', 'BusHandler', 'InProcessEventBus', 'Repository',
  'InMemoryRepository', 'CommandContext', 'PolicyContext', 'Service', 'ServiceOptions', 'OutboundCommands',
  'RecordingOutbound', 'OutboundCall', 'DomainError', 'NotFoundError', 'ConflictError', 'UnprocessableError',
  'CommandHandlers', 'PolicyHandlers', 'Projections', 'Repositories', 'ReadModelStores', 'AnyEvent', 'EventEnvelope',
  'Projection', 'EventName', 'ChannelName', 'Validator', 'JsonSchema', 'FastifyInstance', 'FastifyReply', 'FastifyRequest',
  'Commands', 'Handlers', 'Schemas', 'Events', 'Defaults', 'Routes', 'App', 'Config',
  // values and modules
  'buildService', 'registerRoutes', 'schemas', 'handlers', 'defaults', 'events', 'bus', 'app', 'service', 'ctx', 'input',
  'current', 'next', 'payload', 'event', 'row', 'options', 'repositories', 'readModels', 'outbound', 'commands', 'policies',
  'projections', 'initialState', 'initialRows', 'validators', 'validate', 'check', 'publish', 'subscribe', 'main', 'index',
  'types', 'generated', 'errors', 'routes', 'validation', 'eventBus', 'repository', 'health', 'getHealth', 'handler',
  'project', 'react', 'channels', 'messages', 'testing', 'support', 'clock', 'newId', 'now', 'reply', 'request', 'error',
  'initial', 'calls', 'log', 'body', 'id', 'contracts', 'harness', 'defaultProjections', 'commandHandlers', 'policyHandlers',
  'ProjectionStep', 'PolicyHandler', 'test', 'assert', 'reply', 'missing', 'invalid', 'rows', 'one', 'list', 'PUBLISHED', 'RECEIVED', 'schemasLiteral', 'Harness',
];
