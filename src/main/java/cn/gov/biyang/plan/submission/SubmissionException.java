package cn.gov.biyang.plan.submission;

/** Input or a state the portal refuses, with a Chinese message for the user; nothing was changed. */
public class SubmissionException extends RuntimeException {

    public SubmissionException(String message) {
        super(message);
    }
}
