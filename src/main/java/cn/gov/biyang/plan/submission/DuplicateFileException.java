package cn.gov.biyang.plan.submission;

/** The uploaded bytes equal a version already on the deliverable: reported, not stored a second time. */
public class DuplicateFileException extends SubmissionException {

    private final long existingDocumentId;

    public DuplicateFileException(String message, long existingDocumentId) {
        super(message);
        this.existingDocumentId = existingDocumentId;
    }

    public long existingDocumentId() {
        return existingDocumentId;
    }
}
