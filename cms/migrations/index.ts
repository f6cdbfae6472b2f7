import * as migration_20261121_122945_initial from './20261121_122945_initial';
import * as migration_20261121_124345_storage_fields from './20261121_124345_storage_fields';
import * as migration_20261205_073558_review_flags from './20261205_073558_review_flags';

export const migrations = [
  {
    up: migration_20261121_122945_initial.up,
    down: migration_20261121_122945_initial.down,
    name: '20261121_122945_initial',
  },
  {
    up: migration_20261121_124345_storage_fields.up,
    down: migration_20261121_124345_storage_fields.down,
    name: '20261121_124345_storage_fields',
  },
  {
    up: migration_20261205_073558_review_flags.up,
    down: migration_20261205_073558_review_flags.down,
    name: '20261205_073558_review_flags'
  },
];
