/** The commands a driver sends to learn about the server and manage its sessions. */
import { numberType, numberValue } from '../bson-numbers.js';
import { CommandError, notImplemented } from '../command-error.js';
import type { CommandContext, CommandDefinition, ServerParameters } from '../command-context.js';
import type { Document } from '../document.js';

/** MongoDB 7.0's wire version: the driver (7.x accepts 9..29) then speaks OP_MSG and modern commands. */
const MAX_WIRE_VERSION = 21;
const SERVER_VERSION = '7.0.0';
const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

function helloReply(context: CommandContext, legacy: boolean): Document {
  return {
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    helloOk: true,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    // Reporting sessions makes the driver attach lsid like it does with mongod; sessions cost nothing here.
    logicalSessionTimeoutMinutes: 30,
    connectionId: context.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
  };
}

const HELLO_FIELDS = [
  'helloOk',
  'client',
  'compression',
  'saslSupportedMechs',
  'speculativeAuthenticate',
  'loadBalanced',
  'topologyVersion',
  'maxAwaitTimeMS',
  'backpressure',
];

const hello: CommandDefinition = {
  names: ['hello'],
  fields: HELLO_FIELDS,
  run: (context) => helloReply(context, false),
};

const isMaster: CommandDefinition = {
  names: ['isMaster', 'ismaster'],
  fields: HELLO_FIELDS,
  run: (context) => helloReply(context, true),
};

const ping: CommandDefinition = { names: ['ping'], fields: [], run: () => ({}) };

const buildInfo: CommandDefinition = {
  names: ['buildInfo', 'buildinfo'],
  fields: [],
  run: () => ({
    version: SERVER_VERSION,
    gitVersion: 'in-process-test-server',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    debug: false,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    storageEngines: ['in-process'],
    javascriptEngine: 'none',
  }),
};

function parameterValues(parameters: ServerParameters): Document {
  return { ...parameters, featureCompatibilityVersion: { version: '7.0' } };
}

const getParameter: CommandDefinition = {
  names: ['getParameter'],
  fields: 'any',
  run: (context) => {
    const values = parameterValues(context.server.parameters);
    if (context.fields.body.getParameter === '*') return values;
    const reply: Document = {};
    for (const name of Object.keys(context.fields.body).slice(1)) {
      if (name.startsWith('$') || name === 'lsid' || name === 'comment') continue;
      if (!(name in values)) throw notImplemented(`server parameter '${name}'`);
      reply[name] = values[name];
    }
    return reply;
  },
};

const setParameter: CommandDefinition = {
  names: ['setParameter'],
  fields: 'any',
  run: (context) => {
    const parameters = context.server.parameters;
    const reply: Document = {};
    for (const [name, value] of Object.entries(context.fields.body).slice(1)) {
      if (name.startsWith('$') || name === 'lsid' || name === 'comment') continue;
      if (name !== 'ttlMonitorSleepSecs') throw notImplemented(`setting server parameter '${name}'`);
      const seconds = numberType(value) === undefined ? Number.NaN : numberValue(value);
      if (!(seconds >= 1)) throw new CommandError('BadValue', 'ttlMonitorSleepSecs must be a number >= 1');
      reply.was = parameters.ttlMonitorSleepSecs;
      parameters.ttlMonitorSleepSecs = seconds;
    }
    return reply;
  },
};

const serverStatus: CommandDefinition = {
  names: ['serverStatus'],
  fields: 'any',
  run: (context) => {
    const uptimeMillis = Date.now() - context.server.startedAt.getTime();
    return {
      host: `${context.server.host}:${context.server.port}`,
      version: SERVER_VERSION,
      process: 'mongod',
      pid: process.pid,
      uptime: Math.floor(uptimeMillis / 1000),
      uptimeMillis,
      localTime: new Date(),
    };
  },
};

const sessions: CommandDefinition = {
  names: ['endSessions', 'refreshSessions', 'killSessions', 'killAllSessions'],
  fields: [],
  run: () => ({}),
};

const whatsMyUri: CommandDefinition = {
  names: ['whatsmyuri'],
  fields: [],
  run: (context) => ({ you: `${context.server.host}:${context.server.port}` }),
};

const connectionStatus: CommandDefinition = {
  names: ['connectionStatus'],
  fields: ['showPrivileges'],
  run: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] } }),
};

export const serverCommands: readonly CommandDefinition[] = [
  hello,
  isMaster,
  ping,
  buildInfo,
  getParameter,
  setParameter,
  serverStatus,
  sessions,
  whatsMyUri,
  connectionStatus,
];
