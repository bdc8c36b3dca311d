// Real mail servers on loopback for tests: smtp-server flavours, a throwaway Dovecot, a silent server, one shared certificate.
export { type TestCertificate, testCertificate } from './cert'
export { type DovecotServer, DOVECOT_BIN, dovecotUnavailable, startDovecot } from './dovecot'
export { freePort } from './ports'
export { type SilentServer, startSilentServer } from './silent'
export { type CapturedMessage, type SmtpFlavour, type SmtpServers, type SmtpServersOptions, startSmtpServers } from './smtp'
export { DEFAULT_MAIL_USERS, type MailUser } from './users'
export { type AuthReply, type EchoingSmtpServer, startEchoingSmtp } from './echoing-smtp'
