package cn.gov.biyang.plan.audit;

/**
 * The outcome of checking the audit hash chain: whether it is intact, how many records were checked, where it first
 * breaks (chain position and record id), how many records are not yet sealed, and the hash of the last checked record
 * (worth writing down: removing records from the end of the chain can only be told against a known head).
 */
public record ChainCheck(boolean intact, long checked, Long brokenAt, Long brokenEventId, long unsealed,
                         String headHash) {
}
