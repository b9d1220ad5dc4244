package org.opensales.sales.api;

/**
 * A lead as marketing automation submits it to {@link LeadIntakeService#submit(Lead)}.
 *
 * @param leadId      the marketing tool's id of the lead; required, at most 100 characters; a lead
 *                    submitted again with the same id is recognised
 * @param personName  the person's name; may be empty for a company lead
 * @param companyName the company's name; may be empty for a private person
 * @param email       the e-mail address; may be empty
 * @param phone       the phone number; may be empty
 * @param source      where the lead came from, a name of the managed list of sources; required
 * @param score       the marketing score, 0 to 100
 * @param salesReady  true when marketing considers the lead ready for sales
 * @param interest    what the lead is interested in; becomes the sales item's title, may be empty
 */
public record Lead(String leadId, String personName, String companyName, String email, String phone,
                   String source, int score, boolean salesReady, String interest) {
}
