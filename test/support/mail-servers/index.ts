// Real mail servers on loopback for tests: smtp-server flavours, a throwaway Dovecot, one shared certificate.
export { type TestCertificate, testCertificate } from './cert'
export { type DovecotServer, DOVECOT_BIN, dovecotUnavailable, startDovecot } from './dovecot'
export { freePort } from './ports'
export { type CapturedMessage, type SmtpFlavour, type SmtpServers, startSmtpServers } from './smtp'
export { DEFAULT_MAIL_USERS, type MailUser } from './users'
