import crypto from 'node:crypto';
import { parseFileTopicMemo, parseRegisterMessage, PUBLICATION_MEDIA_TYPE, type RegistryEntry } from '../../shared/publish/hcs';
import type { PublicationCheck, PublicationVerification } from '../../shared/publish/plan';
import type { Workspace } from '../store/workspace';
import { decodeHcs1File } from './hcs1File';
import { buildManifest } from './manifest';
import { MirrorClient, type MirrorTopicMessage } from './mirrorClient';
import { outboxStore } from './outbox/outboxStore';

export interface VerifyOptions {
  network: string;
  mirrorUrl: string;
  registryTopicId: string;
  /** Only this design's entries. */
  designId?: string;
  /** Only this version. */
  version?: number;
  /** Compare each entry with the workspace: its published content, and the design as it is now. */
  workspace?: Workspace;
}

const text = (message: MirrorTopicMessage) => Buffer.from(message.message, 'base64').toString('utf8');

/**
 * Reads a registry topic and the file topics it points at from a mirror node (DESIGN §5), reassembles and
 * hashes each publication, and checks it against its registry entry, its topic memo and the workspace.
 * Network failures throw; everything the ledger holds that is wrong is a problem in the report.
 */
export async function verifyPublications(options: VerifyOptions): Promise<PublicationVerification> {
  const mirror = new MirrorClient(options.mirrorUrl);
  const problems: string[] = [];
  const registryMessages = await mirror.topicMessages(options.registryTopicId);
  if (!registryMessages) {
    return { network: options.network, registryTopicId: options.registryTopicId, ok: false, checked: [], problems: [`The mirror node does not know the registry topic ${options.registryTopicId}.`] };
  }
  const entries = registryMessages
    .map((message) => ({ message, entry: parseRegisterMessage(text(message)) }))
    .filter((e): e is { message: MirrorTopicMessage; entry: RegistryEntry } => e.entry !== undefined)
    .filter(({ entry }) => (options.designId === undefined || entry.designId === options.designId) && (options.version === undefined || entry.version === options.version));
  if (entries.length === 0) problems.push(options.designId ? `The registry holds no publication of “${options.designId}”${options.version ? ` version ${options.version}` : ''}.` : 'The registry holds no Laurel publications.');

  const seen = new Map<string, number>();
  const checked: PublicationCheck[] = [];
  for (const { message, entry } of entries) {
    const check = await checkEntry(mirror, entry, message, options.workspace);
    const key = `${entry.designId}@${entry.version}`;
    if (seen.has(key)) check.problems.push(`Version ${entry.version} of “${entry.designId}” is registered more than once (sequence numbers ${seen.get(key)} and ${message.sequence_number}).`);
    seen.set(key, message.sequence_number);
    check.ok = check.problems.length === 0;
    checked.push(check);
  }
  return { network: options.network, registryTopicId: options.registryTopicId, ok: problems.length === 0 && checked.every((c) => c.ok), checked, problems };
}

async function checkEntry(mirror: MirrorClient, entry: RegistryEntry, message: MirrorTopicMessage, workspace?: Workspace): Promise<PublicationCheck> {
  const check: PublicationCheck = {
    designId: entry.designId,
    version: entry.version,
    sha256: entry.sha256,
    fileTopicId: entry.fileTopicId,
    registrySequenceNumber: message.sequence_number,
    consensusTimestamp: message.consensus_timestamp,
    ok: false,
    problems: [],
  };
  const topic = await mirror.topic(entry.fileTopicId);
  if (!topic) {
    check.problems.push(`The file topic ${entry.fileTopicId} does not exist.`);
    return check;
  }
  const memo = parseFileTopicMemo(topic.memo);
  if (!memo) check.problems.push(`The file topic’s memo “${topic.memo}” is not an HCS-1 memo <sha256>:<compression>:base64.`);
  else if (memo.sha256 !== entry.sha256) check.problems.push(`The file topic’s memo names hash ${memo.sha256}, the registry ${entry.sha256}.`);
  if (topic.admin_key) check.problems.push('The file topic has an admin key: its content could be deleted (HCS-1 forbids one).');
  if (!topic.submit_key) check.problems.push('The file topic has no submit key: anyone could add to it (HCS-1 requires one).');

  let content: Buffer | undefined;
  try {
    const file = await decodeHcs1File((await mirror.topicMessages(entry.fileTopicId) ?? []).map(text));
    if (file.mediaType !== PUBLICATION_MEDIA_TYPE) check.problems.push(`The file is ${file.mediaType}, not ${PUBLICATION_MEDIA_TYPE}.`);
    content = file.bytes;
  } catch (error) {
    check.problems.push((error as Error).message);
  }
  if (content) {
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    if (sha256 !== entry.sha256) check.problems.push(`The file’s SHA-256 is ${sha256}, not the registered ${entry.sha256}.`);
  }
  if (workspace) compareWithWorkspace(check, workspace, entry, content);
  return check;
}

/** The workspace's record of this publication must hold the same bytes; the design as it is now may have moved on. */
function compareWithWorkspace(check: PublicationCheck, workspace: Workspace, entry: RegistryEntry, content: Buffer | undefined): void {
  const recorded = outboxStore(workspace.db)
    .list(entry.designId)
    .find((p) => p.version === entry.version && p.file_topic_id === entry.fileTopicId);
  if (recorded && content && !recorded.content.equals(content)) check.problems.push('The ledger’s content differs from what this workspace published as this version.');
  if (!workspace.has(entry.designId)) {
    check.local = 'missing';
    return;
  }
  check.local = buildManifest(workspace, entry.designId).sha256 === entry.sha256 ? 'same' : 'changed';
}
