// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextGenerator.h"

#include "Rng.h"

#include <QStringList>
#include <array>

namespace Switchboard::Bench {

namespace {

struct Language
{
    const char *tag;
    const char *givenNames;
    const char *familyNames;
    const char *words;
};

// UTF-8 word lists, space separated. English comes first and most often, as in most of the
// contact centres the product serves; its list holds the common words the searches look for.
const std::array<Language, 9> languages{{
    {"en", "James Olivia Noah Emma Liam Ava Ethan Sophia Mason Isabella Lucas Mia",
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Taylor Anderson Thomas",
        "order delivery address refund invoice account password parcel tracking number payment "
        "card charged twice please help thanks hello hi received yesterday today tomorrow still "
        "waiting since week broken damaged replacement return label cancel subscription plan "
        "upgrade downgrade price discount code works doesn't login app update error message "
        "screen store manager called phone back email reply urgent again sorry checked status "
        "shipped arrived missing item size colour wrong exchange warranty repair appointment"},
    {"de", "Jürgen Anna Lukas Marie Felix Sophie Jonas Lena Paul Hannah Maximilian Jörg",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Groß Köhler",
        "Bestellung Lieferung Adresse Rechnung Rückerstattung Konto Passwort Paket Sendung "
        "Zahlung Karte zweimal abgebucht bitte danke hallo gestern heute morgen immer noch warte "
        "seit Woche kaputt beschädigt Ersatz Rücksendung Etikett kündigen Abonnement Tarif "
        "Preis Rabatt Gutschein funktioniert nicht Anmeldung Fehlermeldung Bildschirm Filiale "
        "zurückrufen dringend Entschuldigung geprüft versendet angekommen fehlt Größe Farbe"},
    {"fr", "Léa Hugo Chloé Louis Manon Gabriel Inès Raphaël Camille Arthur Zoé Jérôme",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard",
        "commande livraison adresse facture remboursement compte mot de passe colis suivi "
        "paiement carte débité deux fois s'il vous plaît merci bonjour hier aujourd'hui demain "
        "toujours attends depuis semaine cassé endommagé remplacement retour étiquette annuler "
        "abonnement forfait prix réduction code fonctionne pas connexion erreur écran magasin "
        "rappeler urgent désolé vérifié expédié arrivé manquant taille couleur échange garantie"},
    {"es", "Lucía Hugo Martina Mateo Sofía Leo Valeria Daniel Paula Álvaro Julia Nicolás",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz",
        "pedido entrega dirección factura reembolso cuenta contraseña paquete seguimiento pago "
        "tarjeta cobrado dos veces por favor gracias hola ayer hoy mañana todavía espero desde "
        "semana roto dañado reemplazo devolución etiqueta cancelar suscripción plan precio "
        "descuento código funciona error pantalla tienda llamar urgente disculpa revisado "
        "enviado llegó falta talla color cambio garantía reparación cita número"},
    {"pt", "João Maria Pedro Ana Tiago Beatriz Rafael Mariana Gonçalo Inês Diogo Leonor",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
        "Gonçalves",
        "encomenda entrega morada fatura reembolso conta palavra-passe pacote rastreio pagamento "
        "cartão cobrado duas vezes por favor obrigado olá ontem hoje amanhã ainda espero desde "
        "semana partido danificado substituição devolução etiqueta cancelar assinatura preço "
        "desconto código funciona erro ecrã loja ligar urgente desculpe verificado enviado"},
    {"pl",
        "Łukasz Zofia Jakub Zuzanna Mikołaj Julia Bartłomiej Małgorzata Paweł Agnieszka Michał Ewa",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski",
        "zamówienie dostawa adres faktura zwrot konto hasło paczka śledzenie płatność karta "
        "obciążona dwukrotnie proszę dziękuję dzień dobry wczoraj dzisiaj jutro nadal czekam od "
        "tygodnia zepsuty uszkodzony wymiana etykieta anulować subskrypcja cena rabat kod działa "
        "błąd ekran sklep oddzwonić pilne przepraszam sprawdzone wysłane dotarło brakuje rozmiar"},
    {"tr", "Yusuf Zeynep Eymen Elif Ömer Defne Mustafa Asel Çağan Ayşe Emir Şule",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan",
        "sipariş teslimat adres fatura iade hesap şifre paket takip ödeme kart iki kez çekildi "
        "lütfen teşekkürler merhaba dün bugün yarın hâlâ bekliyorum haftadır bozuk hasarlı "
        "değişim etiket iptal abonelik fiyat indirim kod çalışmıyor hata ekran mağaza acil "
        "özür kontrol edildi gönderildi ulaştı eksik beden renk garanti onarım randevu"},
    {"sv", "Elsa Oskar Maja Lars Saga Björn Alva Åke Ella Sören Freja Håkan",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Jönsson",
        "beställning leverans adress faktura återbetalning konto lösenord paket spårning "
        "betalning kort debiterad två gånger tack hej igår idag imorgon fortfarande väntar sedan "
        "vecka trasig skadad ersättning retur etikett avsluta prenumeration pris rabatt kod "
        "fungerar fel skärm butik ring brådskande förlåt kontrollerat skickat kommit saknas"},
    {"ja", "Haruto Yui Sota Hina Yuto Aoi Riku Mei Kaito Sakura Ren Yuna",
        "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田",
        "注文 配送 住所 請求書 返金 アカウント パスワード 荷物 追跡番号 支払い カード 二重請求 "
        "お願いします ありがとうございます こんにちは 昨日 今日 明日 まだ 待っています 壊れた 交換 "
        "返品 解約 料金 割引 エラー 画面 店舗 折り返し 至急 申し訳ありません 確認 発送 到着"},
}};

// The lists split once, on first use.
struct Split
{
    QStringList givenNames;
    QStringList familyNames;
    QStringList words;
};

const std::array<Split, languages.size()> &split()
{
    static const auto lists = [] {
        std::array<Split, languages.size()> out;
        for (size_t i = 0; i < languages.size(); ++i) {
            out[i].givenNames = QString::fromUtf8(languages[i].givenNames).split(QLatin1Char(' '));
            out[i].familyNames
                = QString::fromUtf8(languages[i].familyNames).split(QLatin1Char(' '));
            out[i].words = QString::fromUtf8(languages[i].words).split(QLatin1Char(' '));
        }
        return out;
    }();
    return lists;
}

const QString &pick(const QStringList &list, Rng &rng)
{
    return list.at(rng.below(int(list.size())));
}

} // namespace

int TextGenerator::languageCount()
{
    return int(languages.size());
}

QString TextGenerator::languageTag(int language)
{
    return QString::fromLatin1(languages.at(size_t(language)).tag);
}

QString TextGenerator::personName(int language, Rng &rng)
{
    const Split &lists = split().at(size_t(language));
    return pick(lists.givenNames, rng) + QLatin1Char(' ') + pick(lists.familyNames, rng);
}

QString TextGenerator::subject(int language, Rng &rng)
{
    const Split &lists = split().at(size_t(language));
    QString out = pick(lists.words, rng);
    out[0] = out.at(0).toUpper();
    for (int i = 0, n = 1 + rng.below(4); i < n; ++i)
        out += QLatin1Char(' ') + pick(lists.words, rng);
    return out;
}

QString TextGenerator::body(int language, Rng &rng, int minLength, int maxLength)
{
    const Split &lists = split().at(size_t(language));
    const int target = minLength + rng.below(maxLength - minLength + 1);
    QString out;
    out.reserve(target + 32);
    bool sentenceStart = true;
    while (out.size() < target) {
        QString word;
        // About one message in ten thousand: one word in some 350,000.
        if (rng.below(350000) == 0)
            word = rareWord();
        else if (rng.below(60) == 0)
            word = QStringLiteral("#A%1").arg(100000 + rng.below(900000));
        else
            word = pick(lists.words, rng);
        if (sentenceStart)
            word[0] = word.at(0).toUpper();
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
        sentenceStart = rng.below(9) == 0;
        if (sentenceStart)
            out += QLatin1Char(rng.below(4) == 0 ? '?' : '.');
    }
    if (out.size() > maxLength) {
        const qsizetype space = out.lastIndexOf(QLatin1Char(' '), maxLength);
        out.truncate(space > minLength ? space : maxLength);
    }
    return out;
}

QString TextGenerator::asciiHandle(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('.');
    }
    return out;
}

} // namespace Switchboard::Bench
