package cn.gov.biyang.plan.submission;

/** A deliverable or document that does not exist (for instance a guessed link); the attempt is logged. */
public class NotFoundException extends SubmissionException {

    public NotFoundException(String message) {
        super(message);
    }
}
