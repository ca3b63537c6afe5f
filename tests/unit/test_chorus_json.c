/*
 * Unit tests of the parsers of the Chorus Pro answers (src/chorus/parse.h):
 * every operation's answer, its application result, malformed answers and
 * the cleaning of the strings the platform sends.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/parse.h"
#include "facturx/chorus.h"
#include "test_support.h"

#define P(text) text, strlen(text)

START_TEST(token_answers)
{
	char *token = NULL;
	long expires = 0;
	ck_assert_int_eq(
	    fx_ch_parse_token(P("{\"access_token\":\"abc.DEF-123\",\"token_type\":"
	                        "\"Bearer\",\"expires_in\":3599,\"scope\":\"openid\"}"),
	                      &token, &expires),
	    FX_OK);
	ck_assert_str_eq(token, "abc.DEF-123");
	ck_assert_int_eq(expires, 3599);
	free(token);
	ck_assert_int_eq(fx_ch_parse_token(P("{\"access_token\":\"t\"}"), &token, &expires), FX_OK);
	ck_assert_int_eq(expires, 3600);
	free(token);
	static const char *const bad[] = {
	    "{}",
	    "{\"access_token\":\"\"}",
	    "{\"access_token\":\"a b\"}",
	    "{\"access_token\":\"a\\r\\nX-Evil: 1\"}",
	    "{\"access_token\":42}",
	    "[]",
	    "not json",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(fx_ch_parse_token(P(bad[i]), &token, &expires) == FX_ENET, "%s",
		              bad[i]);
	char *error = NULL, *description = NULL;
	ck_assert_int_eq(fx_ch_parse_token_error(P("{\"error\":\"invalid_client\","
	                                           "\"error_description\":\"bad\\u001b[31m\"}"),
	                                         &error, &description),
	                 FX_OK);
	ck_assert_str_eq(error, "invalid_client");
	ck_assert_str_eq(description, "bad [31m");
	free(error);
	free(description);
}
END_TEST

START_TEST(deposit_answers)
{
	fx_ch_ret ret = {0, NULL};
	fx_ch_deposit d = {0};
	ck_assert_int_eq(fx_ch_parse_deposit(P("{\"codeRetour\":0,\"libelle\":\"GCU_MSG_01_000\","
	                                       "\"numeroFluxDepot\":\"CPP0011110000000000001557\","
	                                       "\"dateDepot\":\"2026-11-24\",\"syntaxeFlux\":"
	                                       "\"IN_DP_E2_CII_FACTURX\"}"),
	                                     &ret, &d),
	                 FX_OK);
	ck_assert_int_eq(ret.code, 0);
	ck_assert_str_eq(d.flow_number, "CPP0011110000000000001557");
	ck_assert_str_eq(d.deposit_date, "2026-11-24");
	fx_ch_deposit_clear(&d);
	fx_ch_ret_clear(&ret);
	ck_assert_int_eq(fx_ch_parse_deposit(
	                     P("{\"codeRetour\":20007,\"libelle\":\"GFT_MSG_01.075\"}"), &ret, &d),
	                 FX_OK);
	ck_assert_int_eq(ret.code, 20007);
	ck_assert_str_eq(ret.libelle, "GFT_MSG_01.075");
	ck_assert_ptr_null(d.flow_number);
	fx_ch_ret_clear(&ret);
	ck_assert_int_eq(fx_ch_parse_deposit(P("{\"codeRetour\":0}"), &ret, &d), FX_ENET);
	ck_assert_int_eq(
	    fx_ch_parse_deposit(P("{\"codeRetour\":0,\"numeroFluxDepot\":\"\"}"), &ret, &d),
	    FX_ENET);
	ck_assert_int_eq(fx_ch_parse_deposit(P("<html>502</html>"), &ret, &d), FX_ENET);
	ck_assert_int_eq(
	    fx_ch_parse_return(P("{\"codeRetour\":\"20000\",\"libelle\":\"x\"}"), &ret), FX_OK);
	ck_assert_int_eq(ret.code, 20000);
	fx_ch_ret_clear(&ret);
}
END_TEST

START_TEST(structure_answers)
{
	fx_ch_ret ret = {0, NULL};
	fx_ch_found *found = NULL;
	size_t n = 0;
	ck_assert_int_eq(
	    fx_ch_parse_structures(P("{\"codeRetour\":0,\"libelle\":\"TRA_MSG_00.000\","
	                             "\"listeStructures\":[{\"idStructureCPP\":26073,"
	                             "\"identifiantStructure\":\"21690123100011\","
	                             "\"designationStructure\":\"COMMUNE\",\"statut\":\"ACTIVE\"},"
	                             "7,{\"idStructureCPP\":\"12\"}]}"),
	                           &ret, &found, &n),
	    FX_OK);
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(found[0].id, 26073);
	ck_assert_str_eq(found[0].identifier, "21690123100011");
	ck_assert_str_eq(found[0].status, "ACTIVE");
	ck_assert_int_eq(found[1].id, 12);
	ck_assert_ptr_null(found[1].identifier);
	fx_ch_found_free(found, n);
	fx_ch_ret_clear(&ret);

	fx_chorus_structure *s = calloc(1, sizeof *s);
	ck_assert_int_eq(
	    fx_ch_parse_structure(P("{\"codeRetour\":0,\"libelle\":\"GCU_MSG_01_000\","
	                            "\"informationGenerales\":{\"idStructureCPP\":26073,"
	                            "\"raisonSocialeStructure\":\"COMMUNE\","
	                            "\"dateExpirationMotPasseCompteTech\":\"2026-12-01T00:00:00\"},"
	                            "\"parametres\":{\"codeServiceDoitEtreRenseigne\":true,"
	                            "\"numeroEJDoitEtreRenseigne\":\"true\","
	                            "\"gestionNumeroEJOuCodeService\":false,"
	                            "\"statutMiseEnPaiementNestPasRemonte\":1}}"),
	                          &ret, s),
	    FX_OK);
	ck_assert_int_eq(s->id, 26073);
	ck_assert_str_eq(s->name, "COMMUNE");
	ck_assert(s->service_required && s->engagement_required && !s->service_or_engagement);
	ck_assert(s->payment_status_hidden);
	ck_assert_str_eq(s->password_expiry, "2026-12-01T00:00:00");
	fx_ch_ret_clear(&ret);
	ck_assert_int_eq(fx_ch_parse_structure(P("{\"codeRetour\":0}"), &ret, s), FX_ENET);
	ck_assert_int_eq(
	    fx_ch_parse_structure(P("{\"codeRetour\":20000,\"libelle\":\"inconnue\"}"), &ret, s),
	    FX_OK);
	ck_assert_int_eq(ret.code, 20000);
	fx_ch_ret_clear(&ret);

	long pages = 0;
	ck_assert_int_eq(fx_ch_parse_services(P("{\"codeRetour\":0,\"listeServices\":{\"service\":["
	                                        "{\"idService\":5,\"codeService\":\"SERV-INFO\","
	                                        "\"libelleService\":\"Info\",\"estActif\":true},"
	                                        "{\"idService\":6,\"codeService\":\"OLD\","
	                                        "\"estActif\":false},{\"idService\":7}]},"
	                                        "\"parametresRetour\":{\"pages\":3}}"),
	                                      &ret, s, &pages),
	                 FX_OK);
	ck_assert_int_eq(pages, 3);
	ck_assert_int_eq(s->n_services, 2);
	const fx_chorus_service *sv = fx_chorus_structure_service(s, "SERV-INFO");
	ck_assert_ptr_nonnull(sv);
	ck_assert(sv->active);
	ck_assert_int_eq(sv->engagement_required, -1);
	ck_assert(!fx_chorus_structure_service(s, "OLD")->active);
	ck_assert_ptr_null(fx_chorus_structure_service(s, "NONE"));
	fx_ch_ret_clear(&ret);
	int required = 7;
	ck_assert_int_eq(fx_ch_parse_service(P("{\"codeRetour\":0,\"parametres\":{"
	                                       "\"numeroEngagement\":true}}"),
	                                     &ret, &required),
	                 FX_OK);
	ck_assert_int_eq(required, 1);
	ck_assert_int_eq(fx_ch_parse_service(P("{\"codeRetour\":0}"), &ret, &required), FX_OK);
	ck_assert_int_eq(required, -1);
	fx_ch_ret_clear(&ret);
	fx_chorus_structure_free(s);
}
END_TEST

START_TEST(report_answers)
{
	fx_ch_ret ret = {0, NULL};
	fx_chorus_flow_report r = {0};
	ck_assert_int_eq(fx_ch_parse_report(
	                     P("{\"codeRetour\":0,\"libelle\":\"ok\",\"codeInterfaceDepotFlux\":"
	                       "\"FSO1110A\",\"dateDepotFlux\":\"2018-02-16T15:10:25.536+01:00\","
	                       "\"etatCourantDepotFlux\":\"IN_INTEGRE_PARTIEL\",\"nomFichier\":"
	                       "\"f.pdf\",\"listeErreurDP\":[{\"identifiantFournisseur\":\"S\","
	                       "\"identifiantDestinataire\":\"B\",\"numeroDP\":\"F-1\","
	                       "\"libelleErreurDP\":\"Le code service est obligatoire\"}],"
	                       "\"listeErreurTechnique\":[{\"codeErreur\":\"E1\",\"libelleErreur\":"
	                       "\"bad\\ttab\",\"natureErreur\":\"N\"}]}"),
	                     &ret, &r),
	                 FX_OK);
	ck_assert_str_eq(r.state, "IN_INTEGRE_PARTIEL");
	ck_assert_str_eq(r.interface_code, "FSO1110A");
	ck_assert_int_eq(r.n_dp_errors, 1);
	ck_assert_str_eq(r.dp_errors[0].invoice_number, "F-1");
	ck_assert_str_eq(r.dp_errors[0].message, "Le code service est obligatoire");
	ck_assert_int_eq(r.n_technical_errors, 1);
	ck_assert_str_eq(r.technical_errors[0].message, "bad tab");
	ck_assert_ptr_null(r.flow_number);
	fx_ch_report_clear(&r);
	fx_ch_ret_clear(&ret);
	ck_assert_int_eq(fx_ch_parse_report(P("{\"codeRetour\":0}"), &ret, &r), FX_ENET);
	ck_assert_int_eq(
	    fx_ch_parse_report(P("{\"codeRetour\":20000,\"libelle\":\"inconnu\"}"), &ret, &r),
	    FX_OK);
	ck_assert_int_eq(ret.code, 20000);
	fx_ch_report_clear(&r);
	fx_ch_ret_clear(&ret);
}
END_TEST

START_TEST(invoice_answers)
{
	fx_ch_ret ret = {0, NULL};
	fx_chorus_invoice *items = NULL;
	size_t n = 0;
	long pages = 0;
	ck_assert_int_eq(fx_ch_parse_invoices(
	                     P("{\"codeRetour\":0,\"listeFactures\":[{\"identifiantFactureCPP\":"
	                       "123456,\"numeroFacture\":\"F-1\",\"statut\":\"MISE_A_DISPOSITION\","
	                       "\"numeroFluxDepot\":\"CPP1\",\"montantTTC\":12.5,"
	                       "\"codeDestinataire\":\"21690123100011\"}]}"),
	                     &ret, &items, &n, &pages),
	                 FX_OK);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(pages, 1);
	ck_assert_int_eq(items[0].id, 123456);
	ck_assert_str_eq(items[0].status, "MISE_A_DISPOSITION");
	ck_assert_str_eq(items[0].recipient, "21690123100011");
	fx_ch_ret_clear(&ret);
	ck_assert_int_eq(
	    fx_ch_parse_history(P("{\"codeRetour\":0,\"idFacture\":123456,\"statutCourantCode\":"
	                          "\"MANDATEE\",\"historiquesDesStatuts\":{\"histoStatut\":["
	                          "{\"histoStatutCode\":\"MANDATEE\",\"histoStatutDatePassage\":"
	                          "\"2026-11-03T10:00\"},{\"histoStatutCode\":\"DEPOSEE\","
	                          "\"histoStatutDatePassage\":\"2026-11-01T10:00\"},"
	                          "{\"histoStatutCode\":\"MISE_A_DISPOSITION\","
	                          "\"histoStatutDatePassage\":\"2026-11-02T10:00\","
	                          "\"histoStatutCommentaire\":\"ok\"},{\"nothing\":1}]}}"),
	                        &ret, &items[0]),
	    FX_OK);
	ck_assert_str_eq(items[0].status, "MANDATEE");
	ck_assert_int_eq(items[0].n_history, 3);
	ck_assert_str_eq(items[0].history[0].status, "DEPOSEE");
	ck_assert_str_eq(items[0].history[1].status, "MISE_A_DISPOSITION");
	ck_assert_str_eq(items[0].history[1].comment, "ok");
	ck_assert_str_eq(items[0].history[2].status, "MANDATEE");
	ck_assert_int_eq(fx_ch_parse_history(P("{\"codeRetour\":0,\"historiquesDesStatuts\":[]}"),
	                                     &ret, &items[0]),
	                 FX_OK);
	ck_assert_int_eq(items[0].n_history, 0);
	ck_assert_int_eq(fx_ch_parse_history(P("{"), &ret, &items[0]), FX_ENET);
	fx_ch_invoice_clear(&items[0]);
	free(items);
	fx_ch_ret_clear(&ret);
}
END_TEST

START_TEST(states_in_plain_words)
{
	ck_assert(fx_chorus_flow_state_final("IN_INTEGRE"));
	ck_assert(fx_chorus_flow_state_final("IN_INTEGRE_PARTIEL"));
	ck_assert(fx_chorus_flow_state_final("IN_REJETE"));
	ck_assert(fx_chorus_flow_state_final("IN_INCIDENTE"));
	ck_assert(!fx_chorus_flow_state_final("IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP"));
	ck_assert(!fx_chorus_flow_state_final(NULL));
	ck_assert(fx_chorus_flow_state_failed("IN_REJETE"));
	ck_assert(!fx_chorus_flow_state_failed("IN_INTEGRE"));
	ck_assert_ptr_nonnull(strstr(fx_chorus_flow_state_text("IN_REJETE"), "rejected"));
	ck_assert_ptr_null(fx_chorus_flow_state_text("IN_NOUVEAU"));
	ck_assert_ptr_nonnull(strstr(fx_chorus_invoice_status_text("MANDATEE"), "payment"));
	ck_assert(fx_chorus_invoice_status_closing("MISE_EN_PAIEMENT"));
	ck_assert(fx_chorus_invoice_status_closing("REJETEE"));
	ck_assert(!fx_chorus_invoice_status_closing("MISE_A_DISPOSITION"));
	ck_assert(!fx_chorus_invoice_status_closing(NULL));
}
END_TEST

/* Builds the suite. */
static Suite *json_suite(void)
{
	Suite *s = suite_create("chorus_json");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, token_answers);
	tcase_add_test(tc, deposit_answers);
	tcase_add_test(tc, structure_answers);
	tcase_add_test(tc, report_answers);
	tcase_add_test(tc, invoice_answers);
	tcase_add_test(tc, states_in_plain_words);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the parser tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(json_suite());
}
