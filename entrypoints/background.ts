import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired by the storage issue: owns the database, pack updates and messaging.
});
