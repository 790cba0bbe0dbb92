/** An expected failure of a backup or a restore, told to the operator as one sentence. */
export class BackupError extends Error {
  override name = "BackupError";
}
