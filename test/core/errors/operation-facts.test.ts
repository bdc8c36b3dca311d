import { describe, expect, it } from 'vitest'
import { describeOperation } from '../../../src/main/core/errors/operation-facts'

describe('describeOperation', () => {
  it.each([
    ['campaigns.update', 'campaign', 'update', false],
    ['campaigns.launch', 'campaign', 'launch', false],
    ['campaigns.resume', 'campaign', 'activate', false],
    ['campaigns.delete', 'campaign', 'delete', false],
    ['leads.add', 'lead', 'create', false],
    ['leads.upload', 'lead', 'create', false],
    ['leads.uploadProgress', 'lead upload job', 'progress', false],
    ['leads.uploadStatus', 'lead upload job', 'progress', false],
    ['leads.bulkDelete', 'lead', 'delete', true],
    ['senders.bulkCreateStatus', 'bulk job', 'progress', true],
    ['senders.resume', 'sender account', 'activate', false],
    ['senders.create', 'sender account', 'create', false],
    ['senders.bulkCreate', 'sender account', 'create', true],
    ['senders.bulkDeleteProgress', 'bulk job', 'progress', true],
    ['senders.testEmail', 'sender account', 'test', false],
    ['senders.health', 'sender account', 'stats', false],
    ['sender-accounts.delete', 'sender account', 'delete', false],
    ['analytics.timeline', null, 'stats', false],
    ['profiles.list', null, 'list', false]
  ])('%s → %s / %s', (name, resource, action, bulk) => {
    expect(describeOperation(name)).toEqual({ resource, action, bulk })
  })
})
