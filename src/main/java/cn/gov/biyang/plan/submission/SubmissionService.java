package cn.gov.biyang.plan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.audit.AuditEntry;
import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.catalogue.WorkItem;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliverables of topics and plans, their uploaded versions and review rounds: one mechanism for both kinds of item.
 * Every action checks here, per deliverable, who may do it (a liaison only for their unit's items; leadership reads;
 * the office does everything), refuses with a Chinese message and logs the refusal. Every change is audited in the
 * same transaction; changes to one deliverable are serialised by a row lock.
 */
@Service
public class SubmissionService {

    static final String OBJECT = "Deliverable";
    private static final int MAX_NAME = 100;
    private static final int MAX_NOTE = 500;
    private static final int MAX_REASON = 500;
    private static final int MAX_COMMENT = 2000;
    private static final int MAX_FILE_NAME = 255;
    private static final int ACTIVITY_SHOWN = 200;

    private final DeliverableRepository deliverables;
    private final DocumentVersionRepository documents;
    private final ReviewRoundRepository rounds;
    private final DeliverableChangeRepository changes;
    private final FileStore files;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SubmissionSettings settings;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final TransactionTemplate tx;

    SubmissionService(DeliverableRepository deliverables, DocumentVersionRepository documents,
                      ReviewRoundRepository rounds, DeliverableChangeRepository changes, FileStore files,
                      CatalogueService catalogue, CurrentUser currentUser, AuditService audit,
                      SubmissionSettings settings, Clock clock, JdbcTemplate jdbc, EntityManager em,
                      PlatformTransactionManager transactionManager) {
        this.deliverables = deliverables;
        this.documents = documents;
        this.rounds = rounds;
        this.changes = changes;
        this.files = files;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
        this.em = em;
        this.tx = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------------------------------------ reading

    public long maxUploadBytes() {
        return settings.maxBytes();
    }

    /**
     * The deliverables of a topic or plan with their status. Statuses are progress information every signed-in user
     * may see (they feed the lists and bulletins); documents, comments and history are on {@link #detail}.
     */
    @Transactional(readOnly = true)
    public List<DeliverableSummary> deliverablesOf(Long itemId) {
        currentUser.require();
        return deliverables.findByItem(itemId).stream().map(this::summary).toList();
    }

    /** Whether the signed-in user may open the deliverables (documents, comments, history) of this item. */
    @Transactional(readOnly = true)
    public boolean mayOpen(Long itemId) {
        SignedInUser user = currentUser.require();
        return catalogue.item(itemId).map(item -> canView(user, item)).orElse(false);
    }

    /** Whether the signed-in user may add deliverables (the office). */
    public boolean mayManage() {
        return currentUser.get().map(SignedInUser::isOffice).orElse(false);
    }

    /** For every topic and plan with deliverables: its current deliverable's status, round and due date. */
    @Transactional(readOnly = true)
    public Map<Long, ItemProgress> progressByItem() {
        LocalDate today = today();
        Map<Long, ItemProgress> result = new HashMap<>();
        jdbc.query("""
                select distinct on (d.work_item_id) d.work_item_id, d.id, d.name, d.status, d.current_round, d.due_on,
                       count(*) filter (where d.status = 'ACCEPTED') over (partition by d.work_item_id) as accepted,
                       count(*) over (partition by d.work_item_id) as total
                from deliverable d
                where not d.removed
                order by d.work_item_id, (d.status = 'ACCEPTED'),
                         case when d.status = 'ACCEPTED' then -d.position else d.position end
                """, rs -> {
            DeliverableStatus status = DeliverableStatus.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            long itemId = rs.getLong("work_item_id");
            result.put(itemId, new ItemProgress(itemId, rs.getLong("id"), rs.getString("name"), status,
                    rs.getInt("current_round"), due, overdue(due, status, today), rs.getInt("accepted"),
                    rs.getInt("total")));
        });
        return result;
    }

    /**
     * Every dated obligation of every unit: lead units for their deliverables, supporting units for their
     * contributions. For system jobs (reminders, nudges, calendar feeds): progress information, no documents.
     */
    @Transactional(readOnly = true)
    public List<Obligation> obligations() {
        return jdbc.query("""
                select d.id, d.name, d.due_on, d.status, w.kind, w.number, w.title, u.id as unit_id, u.name as unit_name,
                       false as contribution,
                       d.status in ('SUBMITTED', 'ACCEPTED') as delivered
                from deliverable d
                join work_item w on w.id = d.work_item_id
                join unit u on u.id = w.lead_unit_id
                where not d.removed and not w.retired and d.due_on is not null
                union all
                select d.id, d.name, d.due_on, d.status, w.kind, w.number, w.title, u.id, u.name,
                       true,
                       d.status in ('SUBMITTED', 'ACCEPTED') or exists (
                           select 1 from document_version v
                           where v.deliverable_id = d.id and v.kind = 'CONTRIBUTION' and v.unit_id = u.id)
                from deliverable d
                join work_item w on w.id = d.work_item_id
                join work_item_supporting_unit s on s.work_item_id = w.id
                join unit u on u.id = s.unit_id
                where not d.removed and not w.retired and d.due_on is not null
                order by 3, 1""", (rs, n) -> new Obligation(rs.getLong("id"),
                reference(rs.getString("kind"), rs.getInt("number")), rs.getString("title"), rs.getString("name"),
                rs.getObject("due_on", LocalDate.class), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getBoolean("contribution"), rs.getBoolean("delivered")));
    }

    private static String reference(String kind, int number) {
        return reference(WorkItemKind.valueOf(kind), number);
    }

    /** How many topics (or plans) stand at each status by their current deliverable, and how many are overdue. */
    @Transactional(readOnly = true)
    public StatusCounts statusCounts(Set<WorkItemKind> kinds) {
        Map<DeliverableStatus, Long> byStatus = new EnumMap<>(DeliverableStatus.class);
        for (DeliverableStatus s : DeliverableStatus.values()) {
            byStatus.put(s, 0L);
        }
        Set<Long> itemIds = catalogue.allItems().stream().filter(i -> kinds.contains(i.kind()))
                .map(WorkItemView::id).collect(Collectors.toSet());
        long overdue = 0;
        for (ItemProgress p : progressByItem().values()) {
            if (itemIds.contains(p.itemId())) {
                byStatus.merge(p.status(), 1L, Long::sum);
                overdue += p.overdue() ? 1 : 0;
            }
        }
        return new StatusCounts(byStatus, overdue);
    }

    /** Everything on a deliverable's page, for users whose unit is involved in its item (and office, leadership). */
    @Transactional(readOnly = true)
    public DeliverableDetail detail(Long deliverableId) {
        SignedInUser user = currentUser.require();
        Deliverable d = deliverables.findById(deliverableId)
                .orElseThrow(() -> notFound(user, "VIEW_DELIVERABLE", deliverableId));
        WorkItemView item = itemOf(d);
        if (!canView(user, item)) {
            throw refuse(user, "VIEW_DELIVERABLE", deliverableId, "无权查看其他单位事项的材料");
        }
        List<DocumentVersion> versions = documents.findByDeliverable(deliverableId);
        List<ReviewRound> roundList = rounds.findByDeliverableIdOrderByRoundNo(deliverableId);
        Map<Long, DocumentVersion> byId = versions.stream()
                .collect(Collectors.toMap(DocumentVersion::getId, Function.identity()));

        List<DocumentInfo> docs = versions.stream().map(SubmissionService::info).toList();
        List<RoundInfo> roundInfos = roundList.stream().map(r -> new RoundInfo(r.getRoundNo(), r.getDocumentId(),
                byId.get(r.getDocumentId()).getVersionNo(), r.getSubmittedByName(), r.getSubmittedAt(),
                r.getDecision(), r.getComment(), r.getDecidedByName(), r.getDecidedAt())).toList();

        Permissions can = permissions(user, item);
        List<UnitChoice> contributors = new ArrayList<>();
        if (user.isOffice()) {
            item.supporting().forEach(u -> contributors.add(new UnitChoice(u.id(), u.name())));
        } else if (can.contribute()) {
            item.supporting().stream().filter(u -> u.id().equals(user.unitId()))
                    .forEach(u -> contributors.add(new UnitChoice(u.id(), u.name())));
        }
        List<AuditEntry> activity = audit.latestForObject(OBJECT, String.valueOf(deliverableId), ACTIVITY_SHOWN)
                .stream().filter(e -> !user.isLiaison() || "OK".equals(e.result())).toList();
        boolean canSubmitNow = can.submit() && !d.isRemoved() && submittableVersion(d, roundList).isPresent();
        return new DeliverableDetail(summary(d), ref(item), docs, roundInfos,
                timeline(versions, roundList, changes.findByDeliverableIdOrderByIdAsc(deliverableId)), activity,
                can, contributors, canSubmitNow);
    }

    /** Deliverables waiting for review (待审), oldest submission first; office only. Paged in SQL. */
    @Transactional(readOnly = true)
    public List<ReviewQueueEntry> reviewQueue(int offset, int limit) {
        requireOfficeOrLeader("VIEW_REVIEW_QUEUE");
        return jdbc.query("""
                select d.id, w.kind, w.number, w.title, d.name, u.name as lead, d.current_round, r.submitted_at,
                       r.submitted_by_name, d.due_on
                from deliverable d
                join review_round r on r.deliverable_id = d.id and r.round_no = d.current_round
                join work_item w on w.id = d.work_item_id
                join unit u on u.id = w.lead_unit_id
                where d.status = 'SUBMITTED' and not d.removed
                order by r.submitted_at, d.id
                limit ? offset ?""", (rs, i) -> new ReviewQueueEntry(rs.getLong("id"),
                reference(WorkItemKind.valueOf(rs.getString("kind")), rs.getInt("number")), rs.getString("title"),
                rs.getString("name"), rs.getString("lead"), rs.getInt("current_round"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by_name"),
                rs.getObject("due_on", LocalDate.class)), limit, offset);
    }

    @Transactional(readOnly = true)
    public int reviewQueueSize() {
        requireOfficeOrLeader("VIEW_REVIEW_QUEUE");
        Integer n = jdbc.queryForObject(
                "select count(*) from deliverable where status = 'SUBMITTED' and not removed", Integer.class);
        return n == null ? 0 : n;
    }

    /** A stored document with its original name, for a user who may see its item; the download is audited. */
    @Transactional
    public DownloadableFile download(Long documentId) {
        SignedInUser user = currentUser.require();
        DocumentVersion doc = documents.findById(documentId).orElse(null);
        if (doc == null) {
            audit.recordRefusal(user.username(), "DOWNLOAD", "Document", String.valueOf(documentId), "文件不存在");
            throw new NotFoundException("文件不存在");
        }
        Deliverable d = deliverables.findById(doc.getDeliverableId()).orElseThrow();
        if (!canView(user, itemOf(d))) {
            throw refuse(user, "DOWNLOAD", d.getId(), "无权下载其他单位事项的文件（文件 " + documentId + "）");
        }
        audit.record(user.username(), "DOWNLOAD", OBJECT, String.valueOf(d.getId()),
                "下载 " + info(doc).label() + "《" + doc.getOriginalName() + "》 SHA-256 " + doc.getSha256());
        String key = doc.getStorageKey();
        return new DownloadableFile(doc.getOriginalName(), doc.getFileType().mimeType(), doc.getSizeBytes(),
                doc.getSha256(), () -> files.open(key));
    }

    // ------------------------------------------------------------------------------------------------ upload

    /**
     * Stores a new version: the lead's main document ({@link DocumentKind#MAIN}) or a supporting unit's contribution.
     * The content is received into a temporary file (size limit enforced while reading, SHA-256 computed), its type
     * checked from its bytes, and only then stored; a refused file leaves nothing behind.
     *
     * @param forUnitId for contributions by the office: the supporting unit it is for; otherwise ignored
     */
    public UploadReceipt upload(Long deliverableId, DocumentKind kind, Long forUnitId, String fileName, String note,
                                InputStream content) {
        SignedInUser user = currentUser.require();
        String name = cleanFileName(fileName);
        String cleanNote = optional(note, MAX_NOTE, "说明");
        // Refuse unauthorised users before reading a byte of their file.
        Long unitId = tx.execute(s -> authorizeUpload(user, deliverables.findById(deliverableId)
                .orElseThrow(() -> notFound(user, "UPLOAD", deliverableId)), kind, forUnitId));
        try (IncomingFile file = IncomingFile.receive(content, settings.maxBytes(), name)) {
            FileType type = FileTypeDetector.detect(file.path(), name);
            return tx.execute(s -> store(user, deliverableId, kind, unitId, name, cleanNote, file, type));
        } catch (DuplicateFileException e) {
            audit.recordRefusal(user.username(), "UPLOAD_DUPLICATE", OBJECT, String.valueOf(deliverableId),
                    e.getMessage());
            throw e;
        } catch (SubmissionException e) {
            audit.recordRefusal(user.username(), "UPLOAD_REFUSED", OBJECT, String.valueOf(deliverableId),
                    e.getMessage());
            throw e;
        }
    }

    private UploadReceipt store(SignedInUser user, Long deliverableId, DocumentKind kind, Long unitId, String name,
                                String note, IncomingFile file, FileType type) {
        Deliverable d = lock(deliverableId);
        authorizeUpload(user, d, kind, unitId);
        Optional<DocumentVersion> same = documents.findFirstByDeliverableIdAndSha256OrderByIdAsc(deliverableId,
                file.sha256());
        if (same.isPresent()) {
            DocumentVersion s = same.get();
            throw new DuplicateFileException("该文件与已上传的" + info(s).label() + "《" + s.getOriginalName()
                    + "》内容完全相同（SHA-256 " + shortSha(file.sha256()) + "），未重复保存。", s.getId());
        }
        int versionNo = documents.maxVersion(deliverableId, kind, unitId) + 1;
        String key;
        try (InputStream in = file.open()) {
            key = files.put(in, file.size(), file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentVersion doc = documents.save(new DocumentVersion(d.getId(), kind, em.getReference(Unit.class, unitId),
                versionNo, name, type, file.size(), file.sha256(), key, note, user.username(), user.displayName(),
                clock.instant()));
        audit.record(user.username(), "UPLOAD", OBJECT, String.valueOf(d.getId()),
                "上传 " + info(doc).label() + "《" + name + "》 " + type.name() + " " + file.size() + " 字节 SHA-256 "
                        + file.sha256() + (note == null ? "" : " 说明：" + note));
        return new UploadReceipt(doc.getId(), kind, versionNo, name, type, file.size(), file.sha256());
    }

    /** Who may upload what, for which unit; returns the unit the version is recorded for. */
    private Long authorizeUpload(SignedInUser user, Deliverable d, DocumentKind kind, Long forUnitId) {
        Long deliverableId = d.getId();
        WorkItemView item = itemOf(d);
        Long unitId;
        if (kind == DocumentKind.MAIN) {
            if (!(user.isOffice() || isLead(user, item))) {
                throw refuse(user, "UPLOAD", deliverableId, "只有牵头单位可以上传正式稿");
            }
            unitId = item.lead().id();
        } else {
            if (user.isOffice()) {
                unitId = forUnitId;
            } else if (isSupporting(user, item)) {
                unitId = user.unitId();
            } else {
                throw refuse(user, "UPLOAD", deliverableId, "只有配合单位可以上传配合材料");
            }
            if (unitId == null || item.supporting().stream().noneMatch(u -> u.id().equals(unitId))) {
                throw new SubmissionException("请选择一个配合单位");
            }
        }
        if (d.isRemoved()) {
            throw new SubmissionException("该交付材料已移除，不能再上传。");
        }
        if (d.getStatus() == DeliverableStatus.ACCEPTED) {
            throw new SubmissionException("该交付材料已通过审核，不能再上传新版本。");
        }
        if (kind == DocumentKind.MAIN && d.getStatus() == DeliverableStatus.SUBMITTED) {
            throw new SubmissionException("该交付材料已提交待审，审核结束前不能上传新版本。");
        }
        return unitId;
    }

    // ------------------------------------------------------------------------------------------------ review

    /** The lead (or the office) submits the latest main version for review; each submission opens a new round. */
    @Transactional
    public int submit(Long deliverableId) {
        SignedInUser user = currentUser.require();
        Deliverable d = lockOrNotFound(user, "SUBMIT", deliverableId);
        WorkItemView item = itemOf(d);
        if (!(user.isOffice() || isLead(user, item))) {
            throw refuse(user, "SUBMIT", deliverableId, "只有牵头单位可以提交");
        }
        if (d.isRemoved()) {
            throw new SubmissionException("该交付材料已移除。");
        }
        if (!d.getStatus().owedByUnit()) {
            throw new SubmissionException("该交付材料当前状态为“" + d.getStatus().label() + "”，不能提交。");
        }
        List<ReviewRound> previous = rounds.findByDeliverableIdOrderByRoundNo(deliverableId);
        DocumentVersion version = submittableVersion(d, previous).orElseThrow(() -> new SubmissionException(
                d.getStatus() == DeliverableStatus.RETURNED ? "已退回修改：请先上传修改后的新版本，再提交。"
                        : "请先上传正式稿，再提交。"));
        int round = d.submit();
        rounds.save(new ReviewRound(d.getId(), round, version.getId(), user.username(), user.displayName(),
                clock.instant()));
        audit.record(user.username(), "SUBMIT", OBJECT, String.valueOf(d.getId()),
                "提交第" + round + "轮审核：第" + version.getVersionNo() + "版《" + version.getOriginalName() + "》");
        return round;
    }

    /** The office accepts the round under review; a comment is optional. */
    @Transactional
    public void accept(Long deliverableId, int round, String comment) {
        decide(deliverableId, round, ReviewDecision.ACCEPTED, optional(comment, MAX_COMMENT, "审核意见"));
    }

    /** The office returns the round under review for revision; the comment is required. */
    @Transactional
    public void returnForRevision(Long deliverableId, int round, String comment) {
        String text = optional(comment, MAX_COMMENT, "退回意见");
        if (text == null) {
            throw new SubmissionException("退回修改时必须填写意见。");
        }
        decide(deliverableId, round, ReviewDecision.RETURNED, text);
    }

    private void decide(Long deliverableId, int round, ReviewDecision decision, String comment) {
        SignedInUser user = currentUser.require();
        String action = decision == ReviewDecision.ACCEPTED ? "ACCEPT" : "RETURN";
        if (!user.isOffice()) {
            throw refuse(user, action, deliverableId, "只有规划办可以审核");
        }
        Deliverable d = lockOrNotFound(user, action, deliverableId);
        if (d.getStatus() != DeliverableStatus.SUBMITTED || d.isRemoved()) {
            throw new SubmissionException("该交付材料当前状态为“" + d.getStatus().label() + "”，没有待审的提交。");
        }
        if (d.getCurrentRound() != round) {
            throw new SubmissionException("该交付材料已有新的提交（第" + d.getCurrentRound() + "轮），请刷新后再审核。");
        }
        ReviewRound r = rounds.findByDeliverableIdAndRoundNo(deliverableId, round).orElseThrow();
        r.decide(decision, comment, user.username(), user.displayName(), clock.instant());
        d.decide(decision == ReviewDecision.ACCEPTED);
        audit.record(user.username(), action, OBJECT, String.valueOf(d.getId()),
                "第" + round + "轮审核：" + decision.label() + (comment == null ? "" : "。意见：" + comment));
    }

    // ------------------------------------------------------------------------------------------------ deliverables

    /** The office adds a deliverable to a topic or plan. */
    @Transactional
    public Long addDeliverable(Long itemId, String name, LocalDate dueOn, String reason) {
        SignedInUser user = requireOffice("ADD_DELIVERABLE", "Item", itemId);
        String cleanName = required(name, MAX_NAME, "名称");
        String cleanReason = required(reason, MAX_REASON, "原因");
        WorkItem item = em.find(WorkItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("事项不存在");
        }
        Deliverable d = deliverables.save(new Deliverable(item, cleanName, deliverables.maxPosition(itemId) + 1,
                dueOn, clock.instant(), user.username()));
        changes.save(new DeliverableChange(d.getId(), clock.instant(), user.username(), user.displayName(),
                DeliverableChange.Kind.CREATED, null, cleanName + "，截止 " + dueText(dueOn), cleanReason));
        audit.record(user.username(), "ADD_DELIVERABLE", OBJECT, String.valueOf(d.getId()),
                "新增交付材料《" + cleanName + "》截止 " + dueText(dueOn) + "。原因：" + cleanReason);
        return d.getId();
    }

    /** The office renames a deliverable or changes its due date; each change is kept with its reason. */
    @Transactional
    public void editDeliverable(Long deliverableId, String name, LocalDate dueOn, String reason) {
        SignedInUser user = requireOffice("EDIT_DELIVERABLE", OBJECT, deliverableId);
        String cleanName = required(name, MAX_NAME, "名称");
        String cleanReason = required(reason, MAX_REASON, "原因");
        Deliverable d = lockOrNotFound(user, "EDIT_DELIVERABLE", deliverableId);
        if (d.isRemoved()) {
            throw new SubmissionException("该交付材料已移除，不能修改。");
        }
        List<String> done = new ArrayList<>();
        if (!cleanName.equals(d.getName())) {
            changes.save(new DeliverableChange(d.getId(), clock.instant(), user.username(), user.displayName(),
                    DeliverableChange.Kind.RENAMED, d.getName(), cleanName, cleanReason));
            done.add("名称 " + d.getName() + " → " + cleanName);
            d.rename(cleanName);
        }
        if (!Objects.equals(dueOn, d.getDueOn())) {
            changes.save(new DeliverableChange(d.getId(), clock.instant(), user.username(), user.displayName(),
                    DeliverableChange.Kind.DUE_CHANGED, dueText(d.getDueOn()), dueText(dueOn), cleanReason));
            done.add("截止日期 " + dueText(d.getDueOn()) + " → " + dueText(dueOn));
            d.changeDue(dueOn);
        }
        if (done.isEmpty()) {
            throw new SubmissionException("没有任何改动。");
        }
        audit.record(user.username(), "EDIT_DELIVERABLE", OBJECT, String.valueOf(d.getId()),
                String.join("；", done) + "。原因：" + cleanReason);
    }

    /** The office removes a deliverable: it is flagged, never deleted, and its documents stay downloadable. */
    @Transactional
    public void removeDeliverable(Long deliverableId, String reason) {
        SignedInUser user = requireOffice("REMOVE_DELIVERABLE", OBJECT, deliverableId);
        String cleanReason = required(reason, MAX_REASON, "原因");
        Deliverable d = lockOrNotFound(user, "REMOVE_DELIVERABLE", deliverableId);
        if (d.isRemoved()) {
            throw new SubmissionException("该交付材料已移除。");
        }
        d.remove();
        changes.save(new DeliverableChange(d.getId(), clock.instant(), user.username(), user.displayName(),
                DeliverableChange.Kind.REMOVED, d.getName(), null, cleanReason));
        audit.record(user.username(), "REMOVE_DELIVERABLE", OBJECT, String.valueOf(d.getId()),
                "移除交付材料《" + d.getName() + "》。原因：" + cleanReason);
    }

    /** Creates a topic's or plan's default deliverables unless it ever had any (restarts create nothing twice). */
    @Transactional
    int createDefaults(Long itemId, List<DefaultDeliverables.Entry> entries) {
        if (deliverables.existsForItem(itemId)) {
            return 0;
        }
        WorkItem item = em.find(WorkItem.class, itemId);
        int position = 0;
        for (DefaultDeliverables.Entry e : entries) {
            Deliverable d = deliverables.save(new Deliverable(item, e.name(), ++position, e.dueOn(), clock.instant(),
                    "system"));
            changes.save(new DeliverableChange(d.getId(), clock.instant(), "system", "系统", DeliverableChange.Kind.CREATED,
                    null, e.name() + "，截止 " + dueText(e.dueOn()), "按编制通知设定的默认交付材料"));
        }
        return position;
    }

    // ------------------------------------------------------------------------------------------------ rules

    private Permissions permissions(SignedInUser user, WorkItemView item) {
        boolean office = user.isOffice();
        boolean lead = isLead(user, item);
        return new Permissions(office || lead, office || isSupporting(user, item), office || lead, office, office);
    }

    private static boolean canView(SignedInUser user, WorkItemView item) {
        return user.isOffice() || user.isLeader() || (user.isLiaison() && item.involves(user.unitId()));
    }

    private static boolean isLead(SignedInUser user, WorkItemView item) {
        return user.isLiaison() && item.lead().id().equals(user.unitId());
    }

    private static boolean isSupporting(SignedInUser user, WorkItemView item) {
        return user.isLiaison() && item.supporting().stream().map(UnitRef::id).anyMatch(user.unitId()::equals);
    }

    /** The latest main version, if it has not been submitted in an earlier round. */
    private Optional<DocumentVersion> submittableVersion(Deliverable d, List<ReviewRound> previous) {
        if (!d.getStatus().owedByUnit()) {
            return Optional.empty();
        }
        Optional<DocumentVersion> latest = documents.findFirstByDeliverableIdAndKindOrderByIdDesc(d.getId(),
                DocumentKind.MAIN);
        if (latest.isEmpty() || previous.isEmpty()) {
            return latest;
        }
        Long lastSubmitted = previous.get(previous.size() - 1).getDocumentId();
        return latest.filter(v -> !v.getId().equals(lastSubmitted));
    }

    static boolean overdue(LocalDate dueOn, DeliverableStatus status, LocalDate today) {
        return dueOn != null && today.isAfter(dueOn) && status.owedByUnit();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private AccessDeniedException refuse(SignedInUser user, String action, Long deliverableId, String message) {
        audit.recordRefusal(user.username(), action, OBJECT, String.valueOf(deliverableId), message);
        return new AccessDeniedException(message);
    }

    private NotFoundException notFound(SignedInUser user, String action, Long deliverableId) {
        audit.recordRefusal(user.username(), action, OBJECT, String.valueOf(deliverableId), "交付材料不存在");
        return new NotFoundException("交付材料不存在");
    }

    private SignedInUser requireOffice(String action, String objectType, Long id) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            String message = "只有规划办可以管理交付材料";
            audit.recordRefusal(user.username(), action, objectType, String.valueOf(id), message);
            throw new AccessDeniedException(message);
        }
        return user;
    }

    private void requireOfficeOrLeader(String action) {
        SignedInUser user = currentUser.require();
        if (user.isLiaison()) {
            String message = "只有规划办和领导可以查看待审材料";
            audit.recordRefusal(user.username(), action, "ReviewQueue", null, message);
            throw new AccessDeniedException(message);
        }
    }

    private Deliverable lock(Long deliverableId) {
        return deliverables.lockById(deliverableId).orElseThrow(() -> new NotFoundException("交付材料不存在"));
    }

    private Deliverable lockOrNotFound(SignedInUser user, String action, Long deliverableId) {
        return deliverables.lockById(deliverableId).orElseThrow(() -> notFound(user, action, deliverableId));
    }

    private WorkItemView itemOf(Deliverable d) {
        return catalogue.item(d.getWorkItem().getId()).orElseThrow();
    }

    private DeliverableSummary summary(Deliverable d) {
        return new DeliverableSummary(d.getId(), d.getWorkItem().getId(), d.getName(), d.getDueOn(), d.getStatus(),
                d.getCurrentRound(), !d.isRemoved() && overdue(d.getDueOn(), d.getStatus(), today()), d.isRemoved());
    }

    private static ItemRef ref(WorkItemView item) {
        return new ItemRef(item.id(), item.reference(), item.title(), item.route(), item.lead().name());
    }

    private static DocumentInfo info(DocumentVersion v) {
        return new DocumentInfo(v.getId(), v.getKind(), v.getUnit().getName(), v.getVersionNo(), v.getOriginalName(),
                v.getFileType(), v.getSizeBytes(), v.getSha256(), v.getNote(), v.getUploadedByName(),
                v.getUploadedAt());
    }

    /** Uploads, submissions, decisions and the office's changes in the order they happened. */
    private static List<TimelineEntry> timeline(List<DocumentVersion> versions, List<ReviewRound> roundList,
                                                List<DeliverableChange> changeList) {
        Map<Long, DocumentVersion> byId = versions.stream()
                .collect(Collectors.toMap(DocumentVersion::getId, Function.identity()));
        List<TimelineEntry> entries = new ArrayList<>();
        for (DeliverableChange c : changeList) {
            String detail = switch (c.getKind()) {
                case CREATED -> c.getNewValue();
                case RENAMED, DUE_CHANGED -> c.getOldValue() + " → " + c.getNewValue();
                case REMOVED -> c.getOldValue();
            };
            entries.add(new TimelineEntry(c.getChangedAt(), c.getChangedByName(), c.getKind().label,
                    detail + "。原因：" + c.getReason(), TimelineEntry.Kind.CHANGE));
        }
        for (DocumentVersion v : versions) {
            entries.add(new TimelineEntry(v.getUploadedAt(), v.getUploadedByName(), "上传" + info(v).label(),
                    "《" + v.getOriginalName() + "》" + (v.getNote() == null ? "" : " 说明：" + v.getNote()),
                    TimelineEntry.Kind.UPLOAD));
        }
        for (ReviewRound r : roundList) {
            DocumentVersion v = byId.get(r.getDocumentId());
            entries.add(new TimelineEntry(r.getSubmittedAt(), r.getSubmittedByName(), "提交第" + r.getRoundNo() + "轮审核",
                    "第" + v.getVersionNo() + "版《" + v.getOriginalName() + "》", TimelineEntry.Kind.SUBMISSION));
            if (r.getDecision() != null) {
                entries.add(new TimelineEntry(r.getDecidedAt(), r.getDecidedByName(),
                        "第" + r.getRoundNo() + "轮" + r.getDecision().label(),
                        r.getComment() == null ? "" : r.getComment(),
                        r.getDecision() == ReviewDecision.ACCEPTED ? TimelineEntry.Kind.ACCEPTED
                                : TimelineEntry.Kind.RETURNED));
            }
        }
        // stable sort: events of the same instant keep the order above (change, upload, submission, decision)
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    static String reference(WorkItemKind kind, int number) {
        return kind.reference(number);
    }

    private static String dueText(LocalDate due) {
        return due == null ? "待定" : ChineseFormats.date(due);
    }

    static String shortSha(String sha) {
        return sha.substring(0, 12) + "…";
    }

    /** Browsers may send a path (C:\fakepath\报告.docx): only the last segment is the name. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw new SubmissionException("文件名为空。");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new SubmissionException("文件名过长（最多 " + MAX_FILE_NAME + " 个字符）。");
        }
        if (name.chars().anyMatch(ch -> ch < 0x20)) {
            throw new SubmissionException("文件名含有不允许的字符。");
        }
        return name;
    }

    private static String required(String text, int max, String what) {
        String s = optional(text, max, what);
        if (s == null) {
            throw new SubmissionException("请填写" + what + "。");
        }
        return s;
    }

    private static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > max) {
            throw new SubmissionException(what + "过长（最多 " + max + " 个字）。");
        }
        return s;
    }

    /** Counts of items by the status of their current deliverable. */
    public record StatusCounts(Map<DeliverableStatus, Long> byStatus, long overdue) {
    }
}
