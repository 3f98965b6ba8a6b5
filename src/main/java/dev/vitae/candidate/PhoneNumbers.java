package dev.vitae.candidate;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import dev.vitae.common.VitaeConfig;

/** E.164 when a phone number parses as a valid number (national numbers in the default region), else as given. */
@ApplicationScoped
public class PhoneNumbers {

    private final String defaultRegion;

    public PhoneNumbers(VitaeConfig config) {
        this.defaultRegion = config.candidates().defaultPhoneRegion();
    }

    public String normalize(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(phone, defaultRegion);
            return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : phone;
        } catch (NumberParseException e) {
            return phone;
        }
    }
}
