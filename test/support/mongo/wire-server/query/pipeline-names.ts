/**
 * The aggregation stages, accumulators and expression operators MongoDB 7.0 has (from its reference
 * pages), so a name MongoDB does not know is refused with MongoDB's own error, and one it knows but this
 * server lacks with NotImplemented naming it.
 * https://www.mongodb.com/docs/v7.0/reference/operator/aggregation-pipeline/
 */
import { CommandError, notImplemented } from '../command-error.js';
import { isPlainDocument } from '../document.js';

const MONGODB_STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$changeStream',
  '$changeStreamSplitLargeEvent',
  '$collStats',
  '$count',
  '$currentOp',
  '$densify',
  '$documents',
  '$facet',
  '$fill',
  '$geoNear',
  '$graphLookup',
  '$group',
  '$indexStats',
  '$limit',
  '$listLocalSessions',
  '$listSampledQueries',
  '$listSearchIndexes',
  '$listSessions',
  '$lookup',
  '$match',
  '$merge',
  '$out',
  '$planCacheStats',
  '$project',
  '$redact',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$search',
  '$searchMeta',
  '$set',
  '$setWindowFields',
  '$shardedDataDistribution',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unionWith',
  '$unset',
  '$unwind',
  '$vectorSearch',
]);

/** Stages evaluated here (mingo's, with this server's $match and $sort); $out and $merge are the aggregate command's. */
const SUPPORTED_STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$densify',
  '$documents',
  '$facet',
  '$fill',
  '$graphLookup',
  '$group',
  '$limit',
  '$lookup',
  '$match',
  '$project',
  '$redact',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$set',
  '$setWindowFields',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unionWith',
  '$unset',
  '$unwind',
]);

export const OUTPUT_STAGES = new Set(['$out', '$merge']);

/** What the NotImplemented answer says about stages MongoDB has for services this server does not offer. */
const STAGE_NOTES = new Map<string, string>([
  ['$changeStream', 'change streams'],
  ['$changeStreamSplitLargeEvent', 'change streams'],
  ['$geoNear', 'geospatial'],
  ['$search', 'Atlas Search'],
  ['$searchMeta', 'Atlas Search'],
  ['$vectorSearch', 'Atlas Search'],
  ['$listSearchIndexes', 'Atlas Search'],
]);

const GROUP_ACCUMULATORS = new Set([
  '$accumulator',
  '$addToSet',
  '$avg',
  '$bottom',
  '$bottomN',
  '$count',
  '$first',
  '$firstN',
  '$last',
  '$lastN',
  '$max',
  '$maxN',
  '$median',
  '$mergeObjects',
  '$min',
  '$minN',
  '$percentile',
  '$push',
  '$stdDevPop',
  '$stdDevSamp',
  '$sum',
  '$top',
  '$topN',
]);

export const MONGODB_EXPRESSION_OPERATORS = new Set(
  (
    '$abs $accumulator $acos $acosh $add $addToSet $allElementsTrue $and $anyElementTrue $arrayElemAt ' +
    '$arrayToObject $asin $asinh $atan $atan2 $atanh $avg $binarySize $bitAnd $bitNot $bitOr $bitXor $bottom ' +
    '$bottomN $bsonSize $ceil $cmp $concat $concatArrays $cond $const $convert $cos $cosh $count $covariancePop ' +
    '$covarianceSamp $dateAdd $dateDiff $dateFromParts $dateFromString $dateSubtract $dateToParts $dateToString ' +
    '$dateTrunc $dayOfMonth $dayOfWeek $dayOfYear $degreesToRadians $denseRank $derivative $divide ' +
    '$documentNumber $eq $exp $expMovingAvg $filter $first $firstN $floor $function $getField $gt $gte $hour ' +
    '$ifNull $in $indexOfArray $indexOfBytes $indexOfCP $integral $isArray $isNumber $isoDayOfWeek $isoWeek ' +
    '$isoWeekYear $last $lastN $let $linearFill $literal $ln $locf $log $log10 $lt $lte $ltrim $map $max $maxN ' +
    '$median $mergeObjects $meta $millisecond $min $minN $minute $mod $month $multiply $ne $not $objectToArray ' +
    '$or $percentile $pow $push $radiansToDegrees $rand $range $rank $reduce $regexFind $regexFindAll ' +
    '$regexMatch $replaceAll $replaceOne $reverseArray $round $rtrim $sampleRate $second $setDifference ' +
    '$setEquals $setField $setIntersection $setIsSubset $setUnion $shift $sin $sinh $size $slice $sortArray ' +
    '$split $sqrt $stdDevPop $stdDevSamp $strLenBytes $strLenCP $strcasecmp $substr $substrBytes $substrCP ' +
    '$subtract $sum $switch $tan $tanh $toBool $toDate $toDecimal $toDouble $toHashedIndexKey $toInt $toLong ' +
    '$toLower $toObjectId $toString $toUpper $top $topN $trim $trunc $tsIncrement $tsSecond $type $unsetField ' +
    '$week $year $zip'
  ).split(' '),
);

/** Operators MongoDB has that cannot run here (server-side JavaScript, search metadata, geo). */
const UNSUPPORTED_OPERATORS = new Map<string, string>([
  ['$function', 'expression operator $function (server-side JavaScript)'],
  ['$accumulator', 'accumulator $accumulator (server-side JavaScript)'],
  ['$where', 'query operator $where (server-side JavaScript)'],
  ['$meta', 'expression operator $meta'],
  ['$text', 'query operator $text (text search)'],
  ['$toHashedIndexKey', 'expression operator $toHashedIndexKey'],
]);

/** Refuses the operators in UNSUPPORTED_OPERATORS wherever they appear in an expression or stage. */
export function assertKnownExpressions(expression: unknown): void {
  if (Array.isArray(expression)) {
    for (const item of expression) assertKnownExpressions(item);
    return;
  }
  if (!isPlainDocument(expression)) return;
  for (const [key, value] of Object.entries(expression)) {
    const unsupported = UNSUPPORTED_OPERATORS.get(key);
    if (unsupported !== undefined) throw notImplemented(unsupported);
    assertKnownExpressions(value);
  }
}

function assertGroup(specification: unknown): void {
  if (!isPlainDocument(specification))
    throw new CommandError('Location15947', "a group's fields must be specified in an object");
  for (const [field, accumulator] of Object.entries(specification)) {
    if (field === '_id') continue;
    if (!isPlainDocument(accumulator) || Object.keys(accumulator).length !== 1) {
      throw new CommandError('Location40234', `The field '${field}' must be an accumulator object`);
    }
    const name = Object.keys(accumulator)[0] ?? '';
    if (!GROUP_ACCUMULATORS.has(name)) throw new CommandError('Location15952', `unknown group operator '${name}'`);
  }
}

function nestedPipelines(name: string, argument: unknown): unknown[] {
  if (name === '$facet' && isPlainDocument(argument)) return Object.values(argument);
  if ((name === '$lookup' || name === '$unionWith') && isPlainDocument(argument) && Array.isArray(argument.pipeline)) {
    return [argument.pipeline];
  }
  return [];
}

/**
 * Checks a pipeline's stages the way mongod parses them: one field per stage, a name MongoDB knows
 * (40324 otherwise), supported here (NotImplemented otherwise), `$out`/`$merge` only last and only at the
 * top (`allowOutput`), accumulators `$group` knows.
 */
export function assertKnownStages(pipeline: readonly unknown[], allowOutput = false): void {
  pipeline.forEach((stage, i) => {
    if (!isPlainDocument(stage) || Object.keys(stage).length !== 1) {
      throw new CommandError('Location40323', 'A pipeline stage specification object must contain exactly one field.');
    }
    const name = Object.keys(stage)[0] ?? '';
    if (!MONGODB_STAGES.has(name))
      throw new CommandError('Location40324', `Unrecognized pipeline stage name: '${name}'`);
    if (OUTPUT_STAGES.has(name)) {
      if (!allowOutput) throw notImplemented(`aggregation stage ${name} inside a sub-pipeline`);
      if (i !== pipeline.length - 1) {
        throw new CommandError('Location40601', `${name} can only be the final stage in the pipeline`);
      }
    } else if (!SUPPORTED_STAGES.has(name)) {
      const note = STAGE_NOTES.get(name);
      throw notImplemented(`aggregation stage ${name}${note === undefined ? '' : ` (${note})`}`);
    }
    if (name === '$group') assertGroup(stage[name]);
    for (const nested of nestedPipelines(name, stage[name])) {
      if (Array.isArray(nested)) assertKnownStages(nested);
    }
    assertKnownExpressions(stage[name]);
  });
}
