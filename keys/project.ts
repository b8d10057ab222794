// The project's public signing key (same text as keys/project.pub; a test keeps the two equal). Bundled in the
// extension and always trusted. How maintainers keep, rotate and revoke the private key: docs/publishing.md.
export const PROJECT_PUBLIC_KEY = 'LlgDT95iE/fMlT0FQbC5VIt1S/U6Ums6Ac0kDqpZeBQ=';
