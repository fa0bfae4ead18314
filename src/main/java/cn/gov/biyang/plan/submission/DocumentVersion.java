package cn.gov.biyang.plan.submission;

import java.time.Instant;

import cn.gov.biyang.plan.organization.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One uploaded file as a version of a deliverable: inserted once, never updated or deleted. */
@Entity
@Table(name = "document_version")
class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long deliverableId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(updatable = false)
    private int versionNo;

    /** As the uploader named it (Chinese names included): shown and used for downloads, never for storage. */
    @Column(nullable = false, updatable = false)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FileType fileType;

    @Column(updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String storageKey;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String uploadedBy;

    @Column(nullable = false, updatable = false)
    private String uploadedByName;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Long deliverableId, DocumentKind kind, Unit unit, int versionNo, String originalName,
                    FileType fileType, long sizeBytes, String sha256, String storageKey, String note,
                    String uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.deliverableId = deliverableId;
        this.kind = kind;
        this.unit = unit;
        this.versionNo = versionNo;
        this.originalName = originalName;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getDeliverableId() {
        return deliverableId;
    }

    DocumentKind getKind() {
        return kind;
    }

    Unit getUnit() {
        return unit;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getOriginalName() {
        return originalName;
    }

    FileType getFileType() {
        return fileType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getNote() {
        return note;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    String getUploadedByName() {
        return uploadedByName;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
