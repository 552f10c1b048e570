/**
 * The database commands MongoDB 7.0 has (its command reference), so that a command this server lacks
 * is answered NotImplemented naming it, and one MongoDB lacks as mongod answers it: 59 CommandNotFound.
 * https://www.mongodb.com/docs/v7.0/reference/command/
 */
const COMMAND_NAMES = `
  aggregate count distinct mapReduce
  delete find findAndModify getMore insert update
  planCacheClear planCacheClearFilters planCacheListFilters planCacheSetFilter
  authenticate logout saslStart saslContinue
  createUser dropAllUsersFromDatabase dropUser grantRolesToUser revokeRolesFromUser updateUser usersInfo
  createRole dropRole dropAllRolesFromDatabase grantPrivilegesToRole grantRolesToRole invalidateUserCache
  revokePrivilegesFromRole revokeRolesFromRole rolesInfo updateRole
  applyOps hello isMaster replSetAbortPrimaryCatchUp replSetFreeze replSetGetConfig replSetGetStatus
  replSetInitiate replSetMaintenance replSetReconfig replSetResizeOplog replSetStepDown replSetSyncFrom
  appendOplogNote
  abortReshardCollection addShard addShardToZone analyzeShardKey balancerCollectionStatus balancerStart
  balancerStatus balancerStop checkMetadataConsistency checkShardingIndex clearJumboFlag cleanupOrphaned
  cleanupReshardCollection commitReshardCollection configureCollectionBalancing configureQueryAnalyzer
  enableSharding flushRouterConfig getShardMap getShardVersion isdbgrid listShards medianKey mergeChunks
  moveChunk movePrimary moveRange refineCollectionShardKey removeShard removeShardFromZone
  reshardCollection setAllowMigrations setShardVersion shardCollection shardingState split splitChunk
  splitVector unsetSharding updateZoneKeyRange
  abortTransaction commitTransaction endSessions killAllSessions killAllSessionsByPattern killSessions
  refreshSessions startSession
  cloneCollectionAsCapped collMod compact compactStructuredEncryptionData convertToCapped create
  createIndexes createSearchIndexes currentOp drop dropDatabase dropConnections dropIndexes dropSearchIndex
  filemd5 fsync fsyncUnlock getClusterParameter getDefaultRWConcern getParameter killCursors killOp
  listCollections listDatabases listIndexes listSearchIndexes logRotate reIndex renameCollection
  rotateCertificates setClusterParameter setDefaultRWConcern setFeatureCompatibilityVersion
  setIndexCommitQuorum setParameter setUserWriteBlockMode shutdown updateSearchIndex
  buildInfo collStats connPoolStats connectionStatus dataSize dbHash dbStats explain features
  getCmdLineOpts getLog hostInfo _isSelf listCommands lockInfo netstat ping profile serverStatus
  shardConnPoolStats top validate validateDBMetadata whatsmyuri
  getFreeMonitoringStatus setFreeMonitoring logApplicationMessage getAuditConfig
  cleanupStructuredEncryptionData
`;

const KNOWN = new Set(
  COMMAND_NAMES.split(/\s+/)
    .filter((name) => name.length > 0)
    .map((name) => name.toLowerCase()),
);

/** Whether MongoDB 7.0 has a command of this name (compared like this server's dispatcher, ignoring case). */
export function isMongoDbCommand(name: string): boolean {
  return KNOWN.has(name.toLowerCase());
}
