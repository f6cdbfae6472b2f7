import * as migration_20261121_122945_initial from './20261121_122945_initial';
import * as migration_20261121_124345_storage_fields from './20261121_124345_storage_fields';
import * as migration_20261205_075300_go_live_security from './20261205_075300_go_live_security';
import * as migration_20261205_212100_review_state from './20261205_212100_review_state';
import * as migration_20261205_234847_native_review from './20261205_234847_native_review';
import * as migration_20261206_013644_search_language_map_shapes from './20261206_013644_search_language_map_shapes';
import * as migration_20261206_042804_accounts_audit_privacy from './20261206_042804_accounts_audit_privacy';
import * as migration_20261206_073252_forgot_password_interval from './20261206_073252_forgot_password_interval';

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
    up: migration_20261205_075300_go_live_security.up,
    down: migration_20261205_075300_go_live_security.down,
    name: '20261205_075300_go_live_security',
  },
  {
    up: migration_20261205_212100_review_state.up,
    down: migration_20261205_212100_review_state.down,
    name: '20261205_212100_review_state',
  },
  {
    up: migration_20261205_234847_native_review.up,
    down: migration_20261205_234847_native_review.down,
    name: '20261205_234847_native_review',
  },
  {
    up: migration_20261206_013644_search_language_map_shapes.up,
    down: migration_20261206_013644_search_language_map_shapes.down,
    name: '20261206_013644_search_language_map_shapes',
  },
  {
    up: migration_20261206_042804_accounts_audit_privacy.up,
    down: migration_20261206_042804_accounts_audit_privacy.down,
    name: '20261206_042804_accounts_audit_privacy',
  },
  {
    up: migration_20261206_073252_forgot_password_interval.up,
    down: migration_20261206_073252_forgot_password_interval.down,
    name: '20261206_073252_forgot_password_interval'
  },
];
